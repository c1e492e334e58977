#pragma once

#include "address/AddressDetector.h"
#include "result/UpdateResult.h"
#include "update/RecordState.h"
#include "update/UpdatePlanner.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace homing {

// What happened to one record in a pass.
struct RecordOutcome {
    QString key;
    QString account;
    QString name;
    QString type;
    PlanDecision decision = PlanDecision::InSync;
    std::optional<UpdateResult> result; // set when a request was sent or could not be prepared
    RecordState before;
    RecordState after;
    QString value;  // the detected value
    QString reason; // why it was sent
};

// The outcome of one detection-and-update pass.
struct PassSummary {
    QList<DetectionResult> detections;
    QList<RecordOutcome> records;

    // 0 when every record is in sync, 1 when any record failed, is blocked,
    // or could not be checked.
    int exitCode() const;
    // One line per detection and record, in plain words (translated).
    QStringList describe() const;
    QJsonObject toJson() const;
};

} // namespace homing
