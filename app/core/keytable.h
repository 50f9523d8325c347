#pragma once

// Tables of an enum's stable keys (stored, printed by the CLI) and display names (source texts
// marked with QT_TRANSLATE_NOOP in the table's context), and the three lookups on them. Shared by
// app/core's enums (domain.cpp, casework.cpp). No thread affinity.

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>

namespace ridgeline::keytable {

template<class E> struct Name
{
    E value;
    const char *key;
    const char *display; // source text for translation in the table's context
};

template<class E, std::size_t N> QString keyOf(const std::array<Name<E>, N> &table, E value)
{
    for (const auto &n : table)
        if (n.value == value)
            return QString::fromLatin1(n.key);
    return {};
}

template<class E, std::size_t N> QString displayOf(const char *context, const std::array<Name<E>, N> &table, E value)
{
    for (const auto &n : table)
        if (n.value == value)
            return QCoreApplication::translate(context, n.display);
    return {};
}

template<class E, std::size_t N> std::optional<E> fromKey(const std::array<Name<E>, N> &table, QStringView key)
{
    for (const auto &n : table)
        if (key == QLatin1String(n.key))
            return n.value;
    return std::nullopt;
}

} // namespace ridgeline::keytable
