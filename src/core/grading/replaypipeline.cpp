#include "grading/replay.h"

#include "io/csvreader.h"
#include "io/rawrecords.h"

#include <QIODevice>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <limits>
#include <memory>
#include <mutex>
#include <thread>

namespace sb {

namespace {

// Batches handed from the parsing thread to the grading thread; bounded so a fast parser
// cannot run far ahead of the engine.
struct Pipe {
    static constexpr int kBatchRows = 8192;
    static constexpr std::size_t kMaxQueued = 8;

    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::unique_ptr<RawRecordBatch>> full;
    std::deque<std::unique_ptr<RawRecordBatch>> spare;
    bool done = false;  // the parser has finished (or failed)
    bool stop = false;  // the consumer wants no more
    QString parseError; // "line N: reason" from the reader
};

void parse(CsvReader &reader, const std::vector<int> &columns, Pipe &pipe) {
    auto batch = std::make_unique<RawRecordBatch>(columns);
    const auto publish = [&] {
        std::unique_lock lock(pipe.mutex);
        pipe.changed.wait(lock, [&] { return pipe.full.size() < Pipe::kMaxQueued || pipe.stop; });
        if (pipe.stop)
            return false;
        pipe.full.push_back(std::move(batch));
        if (!pipe.spare.empty()) {
            batch = std::move(pipe.spare.front());
            pipe.spare.pop_front();
        }
        lock.unlock();
        pipe.changed.notify_all();
        if (!batch)
            batch = std::make_unique<RawRecordBatch>(columns);
        batch->clear();
        return true;
    };
    while (reader.readRecord()) {
        batch->add(reader);
        if (batch->size() == Pipe::kBatchRows && !publish())
            return;
    }
    {
        std::lock_guard lock(pipe.mutex);
        if (batch->size() > 0)
            pipe.full.push_back(std::move(batch));
        pipe.parseError = reader.errorString();
        pipe.done = true;
    }
    pipe.changed.notify_all();
}

} // namespace

bool Replay::replay(QIODevice &complaints, ColumnMapping mapping, std::vector<ShareSample> samples,
                    const RuleSet &rules, const IncidentEngine::Sink &sink, QString &error,
                    const TextInputOptions &text) {
    CsvReader reader(&complaints);
    reader.setInputOptions(text);
    if (!reader.readRecord()) {
        error = reader.hasError() ? reader.errorString() : tr("line 1: the file has no header row");
        return false;
    }
    if (!mapping.bindHeader(reader, error))
        return false;
    std::stable_sort(samples.begin(), samples.end(),
                     [](const ShareSample &a, const ShareSample &b) { return a.at.ms < b.at.ms; });

    std::vector<IncidentEvent> events;
    const auto collect = [&events](const IncidentEvent &e) {
        events.push_back(e);
    };
    IncidentEngine engine(rules, collect, IncidentEngine::QuietClose::On);
    std::vector<GradingRow> rows;
    // Kept for the out-of-order fallback. A row takes at least ~48 bytes of CSV, so this
    // reserve avoids regrowing (untouched reserved pages cost no memory).
    rows.reserve(
        static_cast<std::size_t>(std::clamp<qint64>(complaints.size() / 48, 0, 50'000'000)));
    bool inOrder = true;
    qint64 last = std::numeric_limits<qint64>::min();
    std::size_t j = 0;
    RowError rowError;
    bool failed = false;

    Pipe pipe;
    const std::vector<int> columns = mapping.gradingColumns();
    std::thread parser([&] { parse(reader, columns, pipe); });
    for (;;) {
        std::unique_ptr<RawRecordBatch> batch;
        {
            std::unique_lock lock(pipe.mutex);
            pipe.changed.wait(lock, [&] { return !pipe.full.empty() || pipe.done; });
            if (pipe.full.empty())
                break;
            batch = std::move(pipe.full.front());
            pipe.full.pop_front();
        }
        pipe.changed.notify_all();
        for (int i = 0; i < batch->size(); ++i) {
            GradingRow row;
            if (!mapping.toGradingRow(batch->record(i), row, rowError)) {
                failed = true;
                break;
            }
            rows.push_back(row);
            if (!inOrder)
                continue;
            if (row.receivedAt.ms < last) {
                inOrder = false; // finish reading, then sort and start again
                continue;
            }
            last = row.receivedAt.ms;
            while (j < samples.size() && samples[j].at.ms < row.receivedAt.ms) {
                const ShareSample &s = samples[j++];
                engine.addAffectedShare(s.at.ms, s.problemType, s.share, s.at.offsetTag);
            }
            engine.addComplaint(row.receivedAt.ms, row.problemType, row.tier,
                                row.receivedAt.offsetTag);
        }
        {
            std::lock_guard lock(pipe.mutex);
            pipe.spare.push_back(std::move(batch));
            if (failed)
                pipe.stop = true;
        }
        pipe.changed.notify_all();
        if (failed)
            break;
    }
    parser.join();
    if (failed) {
        error = rowError.toString();
        return false;
    }
    if (!pipe.parseError.isEmpty()) {
        error = pipe.parseError;
        return false;
    }
    if (inOrder) {
        for (; j < samples.size(); ++j)
            engine.addAffectedShare(samples[j].at.ms, samples[j].problemType, samples[j].share,
                                    samples[j].at.offsetTag);
    } else {
        events.clear();
        run(rules, rows, samples, collect);
    }
    for (const IncidentEvent &e : events)
        sink(e);
    return true;
}

} // namespace sb
