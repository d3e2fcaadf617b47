; Test that --stop-on-error does not stop a program that records no error (nil from an empty pop is not an error).
; RUN: sh -c '%simple-jit --stop-on-error %s 2>&1; echo "exit=$?"' | FileCheck --match-full-lines %s
; CHECK: nil
; CHECK-NEXT: nil
; CHECK-NEXT: exit=0

define i32 @main() {
  %a = call i64 @rt_array_new(i64 0)
  %p = call i64 @rt_array_pop(i64 %a)
  call void @rt_println_value(i64 %p)
  %d = call i64 @rt_dict_new(i64 0)
  %g = call i64 @rt_dict_get(i64 %d, i64 8)
  call void @rt_println_value(i64 %g)
  ret i32 0
}

declare void @rt_println_value(i64)
declare i64 @rt_array_new(i64)
declare i64 @rt_array_pop(i64)
declare i64 @rt_dict_new(i64)
declare i64 @rt_dict_get(i64, i64)
