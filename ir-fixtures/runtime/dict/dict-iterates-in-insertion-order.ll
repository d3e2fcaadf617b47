; Test that rt_dict_keys and rt_dict_values list entries in insertion order, an overwrite keeps the key's place, and a removed then re-added key goes last.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

@b = private constant [1 x i8] c"b"
@a = private constant [1 x i8] c"a"
@c = private constant [1 x i8] c"c"

define i32 @main() {
  %d = call i64 @rt_dict_new(i64 1)
  %kb = call i64 @rt_string_new(ptr @b, i64 1)
  %ka = call i64 @rt_string_new(ptr @a, i64 1)
  %kc = call i64 @rt_string_new(ptr @c, i64 1)
  call i64 @rt_dict_set(i64 %d, i64 %kb, i64 8)
  call i64 @rt_dict_set(i64 %d, i64 800, i64 16)
  call i64 @rt_dict_set(i64 %d, i64 %ka, i64 24)
  call i64 @rt_dict_set(i64 %d, i64 %kc, i64 32)
  %k1 = call i64 @rt_dict_keys(i64 %d)
  call void @rt_println_value(i64 %k1)
; CHECK: ["b", 100, "a", "c"]
  %v1 = call i64 @rt_dict_values(i64 %d)
  call void @rt_println_value(i64 %v1)
; CHECK-NEXT: [1, 2, 3, 4]
  ; overwrite "b": stays first
  call i64 @rt_dict_set(i64 %d, i64 %kb, i64 80)
  ; remove 100, then add it back: goes last
  call i64 @rt_dict_remove(i64 %d, i64 800)
  call i64 @rt_dict_set(i64 %d, i64 800, i64 160)
  call void @rt_println_value(i64 %d)
; CHECK-NEXT: {"b": 10, "a": 3, "c": 4, 100: 20}
  %k2 = call i64 @rt_dict_keys(i64 %d)
  call void @rt_println_value(i64 %k2)
; CHECK-NEXT: ["b", "a", "c", 100]
  ; keys and values are new arrays, not views
  call i64 @rt_array_push(i64 %k2, i64 0)
  %l = call i64 @rt_dict_len(i64 %d)
  call void @pi(i64 %l)
; CHECK-NEXT: 4
  call void @err()
; CHECK-NEXT: error 0:
  ret i32 0
}

; Prints a plain i64 as an int value.
define internal void @pi(i64 %x) {
  %v = call i64 @rt_value_int(i64 %x)
  call void @rt_println_value(i64 %v)
  ret void
}

; Prints "error CODE: MESSAGE" for the last recorded error, then clears it.
@.err.prefix = private constant [6 x i8] c"error "
@.err.sep = private constant [2 x i8] c": "
define internal void @err() {
  %c = call i64 @rt_error_code()
  %cv = call i64 @rt_value_int(i64 %c)
  call void @rt_print_str(ptr @.err.prefix, i64 6)
  call void @rt_print_value(i64 %cv)
  call void @rt_print_str(ptr @.err.sep, i64 2)
  %m = call i64 @rt_error_message()
  call void @rt_println_value(i64 %m)
  call void @rt_error_clear()
  ret void
}

declare i64 @rt_error_code()
declare i64 @rt_error_message()
declare void @rt_error_clear()
declare i64 @rt_value_int(i64)
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
declare i64 @rt_array_push(i64, i64)
declare i64 @rt_string_new(ptr, i64)
declare i64 @rt_dict_new(i64)
declare i64 @rt_dict_len(i64)
declare i64 @rt_dict_set(i64, i64, i64)
declare i64 @rt_dict_keys(i64)
declare i64 @rt_dict_values(i64)
declare i64 @rt_dict_remove(i64, i64)
