#include "data/enum.h"

namespace simple::rt {

EnumValue *newEnumValue(int64_t enumId, int64_t discriminant, RtValue payload) noexcept {
  auto *value = static_cast<EnumValue *>(allocateScanned(sizeof(EnumValue)));
  if (!value)
    return nullptr;
  initHeader(&value->header, Kind::Enum, 0);
  value->serial = nextObjectSerial();
  value->enumId = enumId;
  value->discriminant = discriminant;
  value->payload = payload;
  return value;
}

} // namespace simple::rt
