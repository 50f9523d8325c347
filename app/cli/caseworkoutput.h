#pragma once

// How ridgeline-cli prints the ACE-V casework of a mark, the worklists and the sign-offs of a case
// (caseworkcommands.cpp, docs/cli.md): the JSON documents of --json, and the text for people.
// Keys and states are the stable keys of app/core (markStateKey, conclusionKey, ...); times are
// UTC, ISO 8601 with milliseconds in JSON.

#include "app/core/casework.h"
#include "app/services/workspacesession.h"

#include <QJsonObject>
#include <QTextStream>

namespace ridgeline::cli {

QJsonObject caseworkJson(const MarkCasework &casework);
void printCasework(QTextStream &out, const MarkCasework &casework);

// "Mark JH/1 of WYP/2026/000777: Comparison [comparison], version 4", after a step.
void printCaseworkState(QTextStream &out, const MarkCasework &casework);

QJsonObject queueEntryJson(const CaseworkQueueEntry &entry);
void printQueue(QTextStream &out, const QList<CaseworkQueueEntry> &entries);

// `exhibits` maps mark ids (MarkId::toString()) to exhibit references for the listing of a
// sign-off's marks; unknown ids print as ids.
QJsonObject signOffJson(const SignOffRecord &record, const QHash<QString, QString> &exhibits);
void printSignOff(QTextStream &out, const SignOffRecord &record, const QHash<QString, QString> &exhibits);

} // namespace ridgeline::cli
