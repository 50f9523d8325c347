#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace ridgeline {

// A strongly typed identifier. UUIDs rather than row numbers, so that records made on different
// workstations or forces never collide when cases move between them.
template<class Tag> class Id
{
public:
    Id() = default;
    explicit Id(const QUuid &uuid)
        : m_uuid(uuid)
    {}

    static Id create() { return Id(QUuid::createUuid()); }
    static Id fromString(QStringView text) { return Id(QUuid::fromString(text)); }

    bool isNull() const { return m_uuid.isNull(); }
    const QUuid &uuid() const { return m_uuid; }
    QString toString() const { return m_uuid.toString(QUuid::WithoutBraces); }

    friend bool operator==(const Id &a, const Id &b) { return a.m_uuid == b.m_uuid; }
    friend bool operator!=(const Id &a, const Id &b) { return a.m_uuid != b.m_uuid; }
    friend bool operator<(const Id &a, const Id &b) { return a.m_uuid < b.m_uuid; }
    friend size_t qHash(const Id &id, size_t seed = 0) { return qHash(id.m_uuid, seed); }

private:
    QUuid m_uuid;
};

using CaseId = Id<struct CaseIdTag>;
using MarkId = Id<struct MarkIdTag>;
using PersonId = Id<struct PersonIdTag>;
using DocumentId = Id<struct DocumentIdTag>;
using TransmissionId = Id<struct TransmissionIdTag>;
using UserId = Id<struct UserIdTag>;
using ImpressionId = Id<struct ImpressionIdTag>;

} // namespace ridgeline

Q_DECLARE_METATYPE(ridgeline::CaseId)
Q_DECLARE_METATYPE(ridgeline::MarkId)
Q_DECLARE_METATYPE(ridgeline::PersonId)
Q_DECLARE_METATYPE(ridgeline::UserId)
