#include "app/storage/walcheckpointer.h"

#include "app/storage/sqlitedatabase.h"

#include <QFile>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>
#include <utility>

namespace ridgeline::storage {

Result<std::unique_ptr<WalCheckpointer>> WalCheckpointer::start(SqliteDatabase &writer, const SecretBytes *key,
                                                                int pages)
{
    auto own = SqliteDatabase::open(writer.path(), false);
    if (!own)
        return own.error();
    SqliteDatabase &db = **own;
    if (key) {
        if (Status s = db.applyRawKey(*key); !s)
            return s.error();
        if (Status s = db.exec("PRAGMA cipher_page_size = 4096"); !s)
            return s.error();
    }
    // Reading the schema proves the key and attaches the connection to the WAL; synchronous FULL
    // makes each checkpoint fsync the main file before the WAL may be reused.
    if (auto tables = db.queryInt("SELECT count(*) FROM sqlite_master"); !tables)
        return tables.error();
    if (Status s = db.exec("PRAGMA synchronous = FULL"); !s)
        return s.error();
    std::unique_ptr<WalCheckpointer> checkpointer(new WalCheckpointer(writer, std::move(*own), pages));
    sqlite3_wal_hook(writer.handle(), &WalCheckpointer::walHook, checkpointer.get());
    return checkpointer;
}

WalCheckpointer::WalCheckpointer(SqliteDatabase &writer, std::unique_ptr<SqliteDatabase> own, int pages)
    : m_writer(writer)
    , m_own(std::move(own))
    , m_pages(pages)
    , m_thread([this] { run(); })
{}

WalCheckpointer::~WalCheckpointer()
{
    sqlite3_wal_autocheckpoint(m_writer.handle(), kDefaultPages); // replaces our hook
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

int WalCheckpointer::walHook(void *self, sqlite3 *, const char *, int pages)
{
    auto *checkpointer = static_cast<WalCheckpointer *>(self);
    if (pages >= checkpointer->m_pages) {
        {
            std::lock_guard lock(checkpointer->m_mutex);
            checkpointer->m_requested = true;
        }
        checkpointer->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void WalCheckpointer::flushAhead()
{
    {
        std::lock_guard lock(m_mutex);
        m_flushRequested = true;
    }
    m_wake.notify_one();
}

bool WalCheckpointer::startWalWriteback() const
{
    // A descriptor of our own on the writer's WAL: writeback is per file, whichever descriptor asks.
    const QByteArray wal = QFile::encodeName(m_writer.path()) + "-wal";
    const int fd = ::open(wal.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false; // no WAL yet: nothing to write
    const bool started = ::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE) == 0;
    ::close(fd);
    return started;
}

void WalCheckpointer::waitIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return (!m_requested && !m_flushRequested && !m_running) || m_stop; });
}

int WalCheckpointer::checkpointsDone() const
{
    std::lock_guard lock(m_mutex);
    return m_done;
}

int WalCheckpointer::writebacksStarted() const
{
    std::lock_guard lock(m_mutex);
    return m_writebacks;
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_requested || m_flushRequested || m_stop; });
        if (m_stop)
            break;
        const bool checkpoint = std::exchange(m_requested, false);
        const bool writeback = std::exchange(m_flushRequested, false);
        m_running = true;
        lock.unlock();
        // Writeback first: it only queues I/O and returns.
        const bool started = writeback && startWalWriteback();
        // PASSIVE copies what no reader still needs and never waits; a busy result (the writer
        // closing and checkpointing itself) is simply left to the next request.
        if (checkpoint)
            sqlite3_wal_checkpoint_v2(m_own->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        lock.lock();
        m_running = false;
        m_done += checkpoint ? 1 : 0;
        m_writebacks += started ? 1 : 0;
        if (!m_requested && !m_flushRequested)
            m_idle.notify_all();
    }
    m_idle.notify_all();
}

} // namespace ridgeline::storage
