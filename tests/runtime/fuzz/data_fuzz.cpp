// libFuzzer target: the input bytes are a program of calls to the data
// functions of the runtime ABI (sections 1-3) with arguments drawn from the
// input: small and boundary integers, values made earlier (kept in a pool),
// and raw 64-bit garbage. Every call must return without crashing, and a few
// invariants are checked after successful calls (a failed invariant traps).
//
// Build and run: see tests/runtime/CMakeLists.txt (SIMPLE_FUZZ=ON).
#include <simple/error_codes.h>
#include <simple/runtime.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

namespace {

constexpr int kPoolSize = 32;
/// Static storage: a root of the collector, so pooled values stay alive.
RtValue pool[kPoolSize];
/// Unique boxes made by the current input; freed at its end (they are
/// explicit roots: kept, they would keep everything alive across inputs).
std::vector<RtValue> uniques;

class Input {
public:
  Input(const uint8_t *data, size_t size) : data(data), size(size) {}
  bool empty() const { return size == 0; }
  uint8_t byte() {
    if (!size)
      return 0;
    --size;
    return *data++;
  }
  uint64_t word() {
    uint64_t w = 0;
    for (int i = 0; i < 8; ++i)
      w = (w << 8) | byte();
    return w;
  }
  /// Indices and sizes: mostly small, sometimes a boundary value.
  int64_t integer() {
    uint8_t selector = byte();
    static const int64_t boundaries[] = {-1,        -2,        INT64_MIN,       INT64_MAX,
                                         1LL << 32, 1LL << 40, (1LL << 32) + 1, RT_INT_MAX,
                                         RT_INT_MIN};
    if (selector < 200)
      return static_cast<int64_t>(selector % 40) - 8;
    return boundaries[selector % (sizeof boundaries / sizeof boundaries[0])];
  }
  /// A value: from the pool, a fresh scalar, or garbage.
  RtValue value() {
    uint8_t selector = byte();
    switch (selector % 8) {
    case 0:
    case 1:
    case 2:
    case 3:
      return pool[selector % kPoolSize];
    case 4:
      return rt_encode_int(static_cast<int64_t>(word()) >> 3);
    case 5:
      return rt_encode_float(static_cast<double>(static_cast<int64_t>(word())) / 7.0);
    case 6:
      return (word() << 3) | 3; // nil, bools, symbols
    default:
      return word(); // anything, heap tags and tags 4-7 included
    }
  }
  size_t take(const uint8_t *&bytes, size_t max) {
    size_t n = byte() % (max + 1);
    n = n < size ? n : size;
    bytes = data;
    data += n;
    size -= n;
    return n;
  }

private:
  const uint8_t *data;
  size_t size;
};

void check(bool condition) {
  if (!condition)
    __builtin_trap();
}

bool isSmall(RtValue container) {
  int64_t length = rt_array_len(container);
  rt_error_clear();
  return length < 100000;
}

void put(uint8_t slot, RtValue v) {
  if (v != RT_NIL)
    pool[slot % kPoolSize] = v;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  Input in(data, size);
  for (RtValue &slot : pool)
    slot = RT_NIL;
  int collections = 0;
  while (!in.empty()) {
    uint8_t op = in.byte();
    uint8_t slot = in.byte();
    switch (op % 40) {
    case 0:
      put(slot, rt_array_new(in.integer()));
      break;
    case 1: {
      RtValue a = in.value(), v = in.value();
      int64_t before = rt_array_len(a);
      if (rt_array_push(a, v) == 1)
        check(rt_array_len(a) == before + 1 && rt_array_get(a, -1) == v);
      break;
    }
    case 2:
      put(slot, rt_array_get(in.value(), in.integer()));
      break;
    case 3: {
      RtValue a = in.value(), v = in.value();
      int64_t i = in.integer();
      if (rt_array_set(a, i, v) == 1)
        check(rt_array_get(a, i) == v);
      break;
    }
    case 4:
      put(slot, rt_array_pop(in.value()));
      break;
    case 5:
      rt_array_clear(in.value());
      break;
    case 6:
      rt_array_insert(in.value(), in.integer(), in.value());
      break;
    case 7:
      put(slot, rt_array_remove(in.value(), in.integer()));
      break;
    case 8:
      put(slot, rt_array_slice(in.value(), in.integer(), in.integer()));
      break;
    case 9: {
      RtValue a = in.value(), b = in.value();
      if (isSmall(a) && isSmall(b))
        put(slot, rt_array_concat(a, b));
      break;
    }
    case 10:
      rt_array_contains(in.value(), in.value());
      break;
    case 11:
      put(slot, rt_tuple_new(in.integer()));
      break;
    case 12:
      put(slot, rt_tuple_get(in.value(), in.integer()));
      break;
    case 13:
      rt_tuple_set(in.value(), in.integer(), in.value());
      break;
    case 14: {
      const uint8_t *bytes;
      size_t n = in.take(bytes, 40);
      put(slot, rt_string_new(reinterpret_cast<const char *>(bytes), static_cast<int64_t>(n)));
      break;
    }
    case 15: {
      RtValue a = in.value(), b = in.value();
      if (rt_string_len(a) + rt_string_len(b) < 100000)
        put(slot, rt_string_concat(a, b));
      break;
    }
    case 16:
      put(slot, rt_string_slice(in.value(), in.integer(), in.integer()));
      break;
    case 17:
      rt_string_find(in.value(), in.value());
      rt_string_char_count(in.value());
      rt_string_eq(in.value(), in.value());
      break;
    case 18: {
      RtValue s = in.value();
      const char *bytes = rt_string_data(s);
      if (bytes)
        check(bytes[rt_string_len(s)] == '\0');
      break;
    }
    case 19:
      put(slot, rt_dict_new(in.integer()));
      break;
    case 20: {
      RtValue d = in.value(), k = in.value(), v = in.value();
      if (rt_dict_set(d, k, v) == 1) {
        check(rt_dict_contains(d, k) == 1);
        check(rt_dict_get(d, k) == v);
      }
      break;
    }
    case 21:
      put(slot, rt_dict_get(in.value(), in.value()));
      break;
    case 22: {
      RtValue d = in.value(), k = in.value();
      int64_t before = rt_dict_len(d);
      RtValue removed = rt_dict_remove(d, k);
      if (before > 0 && rt_error_code() == RT_ERROR_NONE)
        check(rt_dict_contains(d, k) == 0);
      put(slot, removed);
      break;
    }
    case 23:
      put(slot, in.byte() & 1 ? rt_dict_keys(in.value()) : rt_dict_values(in.value()));
      break;
    case 24:
      rt_dict_clear(in.value());
      break;
    case 25:
      put(slot, rt_object_new(in.integer(), in.integer()));
      break;
    case 26:
      rt_object_field_set(in.value(), in.integer(), in.value());
      put(slot, rt_object_field_get(in.value(), in.integer()));
      rt_object_class_id(in.value());
      rt_object_field_count(in.value());
      break;
    case 27:
      put(slot, rt_closure_new(reinterpret_cast<void *>(in.word()), in.integer()));
      break;
    case 28:
      rt_closure_set_capture(in.value(), in.integer(), in.value());
      put(slot, rt_closure_get_capture(in.value(), in.integer()));
      rt_closure_func_ptr(in.value());
      break;
    case 29:
      put(slot, rt_enum_new(in.integer(), in.integer(), in.value()));
      break;
    case 30:
      rt_enum_discriminant(in.value());
      rt_enum_id(in.value());
      put(slot, rt_enum_payload(in.value()));
      break;
    case 31: {
      RtValue unique = rt_unique_new(in.value());
      if (unique != RT_NIL)
        uniques.push_back(unique);
      put(slot, unique);
      break;
    }
    case 32:
      rt_unique_set(in.value(), in.value());
      rt_unique_needs_trace(in.value());
      put(slot, rt_unique_get(in.value()));
      break;
    case 33:
      rt_unique_free(in.value());
      break;
    case 34: {
      RtValue a = in.value(), b = in.value();
      if (rt_value_eq(a, b) == 1)
        check(rt_value_hash(a) == rt_value_hash(b));
      rt_error_clear();
      if (rt_value_hash(a) != 0 || rt_error_code() == RT_ERROR_NONE)
        check(rt_value_eq(a, a) == 1);
      break;
    }
    case 35:
      rt_value_truthy(in.value());
      put(slot, rt_value_type_name(in.value()));
      break;
    case 36:
      put(slot, rt_to_string(in.value()));
      break;
    case 37:
      if (collections++ < 2)
        rt_gc_collect();
      break;
    case 38: {
      void *block = rt_alloc(in.integer());
      rt_free(block);
      rt_free(reinterpret_cast<void *>(in.word()));
      break;
    }
    default:
      rt_value_as_int(in.value());
      rt_value_as_float(in.value());
      rt_value_as_bool(in.value());
      put(slot, rt_error_message());
      rt_error_clear();
      break;
    }
  }
  for (RtValue unique : uniques)
    rt_unique_free(unique); // 0 and an error when the input freed it already
  uniques.clear();
  rt_error_clear();
  return 0;
}
