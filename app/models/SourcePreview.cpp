#include "SourcePreview.h"

#include "address/AddressDetector.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <memory>
#include <vector>

namespace homing::gui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::gui::SourcePreview)
};

} // namespace

SourcePreview::SourcePreview(const IpSourceFactory &factory, IpSourceEnvironment environment, QObject *parent)
    : QObject(parent)
    , m_factory(factory)
    , m_environment(std::move(environment))
{
}

QStringList SourcePreview::splitSpecs(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

QString SourcePreview::problem(const QStringList &specs) const
{
    for (const QString &spec : specs) {
        if (const QString wrong = m_factory.validate(spec); !wrong.isEmpty())
            return Text::tr("%1: %2").arg(spec, wrong);
        if (specs.count(spec) > 1)
            return Text::tr("%1 is listed twice; a source cannot agree with itself").arg(spec);
    }
    return {};
}

void SourcePreview::start(AddressFamily family, const QStringList &specs, int minAgree)
{
    delete m_run;
    if (const QString wrong = problem(specs); !wrong.isEmpty()) {
        Q_EMIT finished(family, {}, wrong);
        return;
    }
    if (specs.isEmpty()) {
        Q_EMIT finished(family, {}, Text::tr("No source is listed."));
        return;
    }
    // The run owns its sources and answers: deleting it drops both.
    struct Pending : QObject {
        using QObject::QObject;
        std::vector<std::unique_ptr<IpSource>> sources;
        QList<SourceAnswer> answers;
        int waiting = 0;
    };
    auto *pending = new Pending(this);
    QObject *run = pending;
    m_run = run;
    for (const QString &spec : specs) {
        if (auto source = m_factory.create(spec, m_environment))
            pending->sources.push_back(std::move(source));
    }
    pending->waiting = int(pending->sources.size());
    if (pending->waiting == 0) {
        m_run = nullptr;
        pending->deleteLater();
        Q_EMIT finished(family, {}, Text::tr("None of these sources could be created."));
        return;
    }
    pending->answers.resize(pending->waiting);
    const int needed = std::min(minAgree, std::max(1, pending->waiting));
    for (int i = 0; i < int(pending->sources.size()); ++i) {
        // In the order listed, whichever answers first.
        pending->sources.at(i)->query(family, run, [this, run, pending, i, family, needed](const SourceAnswer &answer) {
            pending->answers[i] = answer;
            if (--pending->waiting > 0)
                return;
            const DetectionResult result = decideByConsensus(family, pending->answers, needed);
            // Answered: the run is over; its sources go with it, after this call returns.
            m_run = nullptr;
            run->deleteLater();
            Q_EMIT finished(family, detectionToJson(result), {});
        });
    }
}

} // namespace homing::gui
