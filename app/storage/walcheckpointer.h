#pragma once

// Moves WAL checkpoints off the writer's thread. SQLite's automatic checkpoint runs inside the
// COMMIT that crossed the threshold, so a large import's commit also copied every page from the
// WAL into the main file (and fsynced it) before returning: twice the writing before the window
// heard back. Here the writer's WAL hook only wakes a thread that checkpoints through its own
// connection (PASSIVE: it never blocks the writer or readers). Durability is unchanged: a commit
// still returns only after the WAL is fsynced (synchronous = FULL); the checkpoint is a copy of
// data that is already safe, and SQLite's checkpoint is itself crash-safe.

#include "app/core/error.h"
#include "app/storage/secretbytes.h"

#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace ridgeline::storage {

class SqliteDatabase;

class WalCheckpointer
{
public:
    static constexpr int kDefaultPages = 1000; // SQLite's own autocheckpoint threshold

    // Opens a second connection to the writer's database with `key` (nullptr: unencrypted) and
    // installs the hook on `writer`. The writer must outlive this object.
    static Result<std::unique_ptr<WalCheckpointer>> start(SqliteDatabase &writer, const SecretBytes *key,
                                                          int pages = kDefaultPages);
    // Finishes a running checkpoint, stops the thread and gives the writer back SQLite's own
    // automatic checkpoint.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Asks the thread to start writing the WAL's dirty pages to disk now, without waiting for
    // them (Linux sync_file_range). A long transaction (an import of hundreds of megabytes) calls
    // it as it goes, so that the fsync of its COMMIT finds most pages already on disk instead of
    // writing them all at the end. Changes nothing about durability; cheap; any thread.
    void flushAhead();
    // Blocks until no checkpoint or flush is requested or running (tests, benchmarks, backups).
    void waitIdle();
    int checkpointsDone() const;
    // WAL writebacks started by flushAhead() (a request with no WAL file yet starts none).
    int writebacksStarted() const;

private:
    WalCheckpointer(SqliteDatabase &writer, std::unique_ptr<SqliteDatabase> own, int pages);
    static int walHook(void *self, sqlite3 *db, const char *name, int pages);
    void run();
    bool startWalWriteback() const;

    SqliteDatabase &m_writer;
    std::unique_ptr<SqliteDatabase> m_own;
    const int m_pages;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    bool m_requested = false;
    bool m_flushRequested = false;
    bool m_running = false;
    bool m_stop = false;
    int m_done = 0;
    int m_writebacks = 0;
    std::thread m_thread;
};

} // namespace ridgeline::storage
