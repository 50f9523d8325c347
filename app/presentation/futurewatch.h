#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <type_traits>

namespace ridgeline {

// Calls onResult(result) (onResult() for QFuture<void>) on the context object's thread once the future has finished,
// unless the context is destroyed first. The watcher is a child of the context and deletes itself.
template<class T, class Fn> void whenFinished(QObject *context, QFuture<T> future, Fn onResult)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, onResult = std::move(onResult)]() {
        if constexpr (std::is_void_v<T>)
            onResult();
        else
            onResult(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(std::move(future));
}

} // namespace ridgeline
