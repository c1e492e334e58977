#pragma once

#include "provider/FieldSpec.h"

namespace homing::providers {

// The record setting "record_id": which record to manage when several share
// the name and type (see RecordChoice). Every record-API provider declares it.
FieldSpec recordIdField();

// The record setting "line" (ISP line, 解析线路) of providers that answer by
// the resolver's network (Alidns, DNSPod, Huawei). `help` says which values
// the provider takes; `defaultLine` is its default line, as its API spells it.
FieldSpec lineField(const char *help, const QString &defaultLine);

} // namespace homing::providers
