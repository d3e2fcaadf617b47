// Test that a C program using <simple/runtime.h> compiles to IR whose rt_* declarations the JIT accepts, and that a broad sample of the runtime works from C.
// RUN: %clang -O0 -Xclang -disable-O0-optnone -I%runtime-include -S -emit-llvm %s -o %t.ll
// RUN: %simple-jit %t.ll | FileCheck --match-full-lines %s
// RUN: %clang -O2 -I%runtime-include -S -emit-llvm %s -o %t.O2.ll
// RUN: %simple-jit %t.O2.ll | FileCheck --match-full-lines %s
#include <simple/error_codes.h>
#include <simple/runtime.h>

#include <stdio.h>
#include <string.h>

static RtValue str(const char *s) { return rt_string_new(s, (int64_t)strlen(s)); }

static void print_error(void) {
  int64_t code = rt_error_code();
  printf("error %lld (%s): ", (long long)code, rt_error_code_name(code));
  rt_println_value(rt_error_message());
  rt_error_clear();
}

// A closure's code: capture 0 times the argument.
static RtValue times(RtValue self, RtValue x) {
  int64_t factor = rt_value_as_int(rt_closure_get_capture(self, 0));
  return rt_value_int(factor * rt_value_as_int(x));
}

int main(void) {
  // Values.
  RtValue five = rt_value_int(5);
  printf("%llu %llu %llu %llu\n", (unsigned long long)five, (unsigned long long)rt_value_nil(),
         (unsigned long long)rt_value_bool(1), (unsigned long long)rt_value_bool(0));
  // CHECK: 40 3 11 19
  printf("%d %d %d\n", five == RT_NIL ? 0 : 1, rt_is_int(five), (int)rt_decode_int(five));
  // CHECK-NEXT: 1 1 5
  printf("%lld %lld\n", (long long)rt_value_eq(five, rt_value_float(5.0)),
         (long long)(rt_value_hash(five) == rt_value_hash(rt_value_float(5.0))));
  // CHECK-NEXT: 1 1
  printf("%g %lld %lld\n", rt_value_as_float(rt_value_float(0.25)), (long long)rt_value_truthy(rt_value_int(0)),
         (long long)rt_value_is_nil(RT_NIL));
  // CHECK-NEXT: 0.25 0 1
  rt_println_value(rt_value_type_name(rt_value_float(1.0)));
  // CHECK-NEXT: float

  // Strings.
  RtValue hello = rt_string_concat(str("hello, "), str("world"));
  rt_println_value(hello);
  // CHECK-NEXT: hello, world
  printf("%lld %lld %s %lld\n", (long long)rt_string_len(hello), (long long)rt_string_find(hello, str("world")),
         rt_string_data(rt_string_slice(hello, 0, 5)), (long long)rt_string_char_count(str("\xc3\xa9t\xc3\xa9")));
  // CHECK-NEXT: 12 7 hello 3
  rt_println_value(rt_to_string(rt_value_float(1e20)));
  // CHECK-NEXT: 1e+20

  // Arrays.
  RtValue array = rt_array_new(0);
  for (int i = 1; i <= 5; ++i)
    rt_array_push(array, rt_value_int(i * i));
  rt_array_set(array, -1, str("last"));
  rt_array_insert(array, 0, RT_TRUE);
  rt_println_value(array);
  // CHECK-NEXT: [true, 1, 4, 9, 16, "last"]
  rt_println_value(rt_array_slice(array, 1, -1));
  // CHECK-NEXT: [1, 4, 9, 16]
  printf("%lld %lld\n", (long long)rt_array_len(array), (long long)rt_array_contains(array, rt_value_float(9.0)));
  // CHECK-NEXT: 6 1
  rt_println_value(rt_array_get(array, 99));
  // CHECK-NEXT: nil
  print_error();
  // CHECK-NEXT: error 3 (out of range): rt_array_get: index 99 out of range for length 6

  // Tuples.
  RtValue pair = rt_tuple_new(2);
  rt_tuple_set(pair, 0, rt_value_int(1));
  rt_tuple_set(pair, 1, str("a"));
  rt_println_value(pair);
  // CHECK-NEXT: (1, "a")

  // Dicts.
  RtValue dict = rt_dict_new(0);
  rt_dict_set(dict, str("k"), rt_value_int(1));
  rt_dict_set(dict, pair, array);
  rt_dict_set(dict, str("k"), rt_value_int(2));
  rt_println_value(dict);
  // CHECK-NEXT: {"k": 2, (1, "a"): [true, 1, 4, 9, 16, "last"]}
  rt_println_value(rt_dict_keys(dict));
  // CHECK-NEXT: ["k", (1, "a")]
  printf("%lld %lld\n", (long long)rt_dict_len(dict), (long long)rt_dict_contains(dict, str("k")));
  // CHECK-NEXT: 2 1

  // Objects.
  RtValue object = rt_object_new(9, 2);
  rt_object_field_set(object, 1, hello);
  printf("%lld %lld\n", (long long)rt_object_class_id(object), (long long)rt_object_field_count(object));
  // CHECK-NEXT: 9 2
  rt_println_value(rt_object_field_get(object, -1));
  // CHECK-NEXT: hello, world

  // Closures calling a C function pointer.
  RtValue closure = rt_closure_new((void *)times, 1);
  rt_closure_set_capture(closure, 0, rt_value_int(6));
  RtValue (*code)(RtValue, RtValue) = (RtValue (*)(RtValue, RtValue))rt_closure_func_ptr(closure);
  rt_println_value(code(closure, rt_value_int(7)));
  // CHECK-NEXT: 42

  // Enums.
  RtValue some = rt_enum_new(3, 1, str("payload"));
  printf("%lld %lld\n", (long long)rt_enum_id(some), (long long)rt_enum_discriminant(some));
  // CHECK-NEXT: 3 1
  rt_println_value(rt_enum_payload(some));
  // CHECK-NEXT: payload

  // Unique boxes and the collector.
  RtValue box = rt_unique_new(str("boxed"));
  for (int i = 0; i < 20; ++i) {
    rt_array_new(100);
    rt_gc_collect();
  }
  rt_println_value(rt_unique_get(box));
  // CHECK-NEXT: boxed
  printf("%lld %lld %lld\n", (long long)(rt_unique_needs_trace(box) == RT_TRUE),
         (long long)rt_unique_free(box), (long long)(rt_gc_stats(2) >= 20));
  // CHECK-NEXT: 1 1 1
  rt_println_value(rt_unique_set(box, five));
  // CHECK-NEXT: false
  print_error();
  // CHECK-NEXT: error {{[12]}} ({{bad value|wrong kind}}): rt_unique_set: {{.+}}

  // Errors.
  printf("%lld\n", (long long)rt_array_len(five));
  // CHECK-NEXT: -1
  print_error();
  // CHECK-NEXT: error 2 (wrong kind): rt_array_len: {{.+}}
  print_error();
  // CHECK-NEXT: error 0 (none):
  rt_print_str("done", 4);
  rt_eprintln_str("to stderr", 9);
  rt_println_str("", 0);
  // CHECK-NEXT: done
  return 0;
}
