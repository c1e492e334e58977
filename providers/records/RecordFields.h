#pragma once

#include "provider/FieldSpec.h"
#include "provider/Provider.h"

#include <QString>

namespace homing::providers {

// The record setting "record_id": which record to manage when several share
// the name and type (see RecordChoice). Declared by the record-API providers
// whose records have ids (not GoDaddy, Gandi or deSEC, whose record sets have none).
FieldSpec recordIdField();

// The record setting "line" (ISP line, 解析线路) of providers that answer by
// the resolver's network (Alidns, DNSPod, Huawei, Volcengine). `help` says which values
// the provider takes; `defaultLine` is its default line, as its API spells it.
FieldSpec lineField(const char *help, const QString &defaultLine);

// The one way to read those settings, so that every provider matches records
// alike: the record's "line", trimmed, or `defaultLine` when it is unset or
// blank (a padded line would match no listed record and make Homing create).
QString recordLine(const RecordSpec &record, const QString &defaultLine);

// The record's "record_id", trimmed; a JSON number is taken as its digits.
// Empty when unset.
QString managedRecordId(const RecordSpec &record);

} // namespace homing::providers
