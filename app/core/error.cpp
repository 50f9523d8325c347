#include "app/core/error.h"

namespace ridgeline {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Mismatch:
        return QStringLiteral("mismatch");
    case ErrorCode::Usage:
        return QStringLiteral("usage");
    case ErrorCode::AuthenticationFailed:
        return QStringLiteral("authentication-failed");
    case ErrorCode::BadInput:
        return QStringLiteral("bad-input");
    case ErrorCode::PermissionDenied:
        return QStringLiteral("permission-denied");
    case ErrorCode::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace ridgeline
