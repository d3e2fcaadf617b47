; Test that a container that contains itself prints the inner occurrence as [...], (...) or {...} instead of looping.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %a = call i64 @rt_array_new(i64 2)
  call i64 @rt_array_push(i64 %a, i64 8)
  call i64 @rt_array_push(i64 %a, i64 %a)
  call void @rt_println_value(i64 %a)
; CHECK: [1, [...]]
  %t = call i64 @rt_tuple_new(i64 2)
  call i64 @rt_tuple_set(i64 %t, i64 0, i64 %t)
  call void @rt_println_value(i64 %t)
; CHECK-NEXT: ((...), nil)
  %d = call i64 @rt_dict_new(i64 1)
  call i64 @rt_dict_set(i64 %d, i64 8, i64 %d)
  call void @rt_println_value(i64 %d)
; CHECK-NEXT: {1: {...}}
  ; the same array twice, side by side, is no cycle
  %b = call i64 @rt_array_new(i64 1)
  %outer = call i64 @rt_array_new(i64 2)
  call i64 @rt_array_push(i64 %outer, i64 %b)
  call i64 @rt_array_push(i64 %outer, i64 %b)
  call void @rt_println_value(i64 %outer)
; CHECK-NEXT: {{\[\[\], \[\]\]}}
  ret i32 0
}

declare void @rt_println_value(i64)
declare i64 @rt_array_new(i64)
declare i64 @rt_array_push(i64, i64)
declare i64 @rt_tuple_new(i64)
declare i64 @rt_tuple_set(i64, i64, i64)
declare i64 @rt_dict_new(i64)
declare i64 @rt_dict_set(i64, i64, i64)
