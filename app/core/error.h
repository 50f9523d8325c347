#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ridgeline {

// Error categories. The numeric values are the ridgeline-cli exit codes of design/CLI.md, so a
// failure reaches the shell without a translation table.
enum class ErrorCode
{
    Mismatch = 1, // a check ran and found a difference
    Usage = 2,    // wrong arguments
    AuthenticationFailed = 3,
    BadInput = 4,         // a file or package was rejected
    PermissionDenied = 5, // by role or workflow state
    Corrupt = 6,          // database, header or audit chain damaged or tampered with
    NotFound = 7,
    Io = 8,       // the operating system refused (disk full, no access)
    Conflict = 9, // another session changed the same record first
    Cancelled = 10,
    Internal = 11,
};

// What failed, on which item, and (where it helps) what to do. Messages are user-facing and
// already translated by the layer that creates them.
class Error
{
public:
    Error() = default;
    Error(ErrorCode code, QString message)
        : m_code(code)
        , m_message(std::move(message))
    {}

    ErrorCode code() const { return m_code; }
    const QString &message() const { return m_message; }
    int exitCode() const { return static_cast<int>(m_code); }

    // Prefixes context ("Opening workspace /x: ") while keeping the code.
    Error withContext(const QString &context) const
    {
        return Error(m_code, context + QStringLiteral(": ") + m_message);
    }

private:
    ErrorCode m_code = ErrorCode::Internal;
    QString m_message;
};

QString errorCodeName(ErrorCode code);

// A value or an Error. Small on purpose: C++20 has no std::expected.
template<class T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace ridgeline
