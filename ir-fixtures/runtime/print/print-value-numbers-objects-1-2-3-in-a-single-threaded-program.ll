; Test that a single-threaded program numbers its objects, closures, enums and uniques 1, 2, 3, ... in allocation order (one serial sequence, held by the main thread's task context).
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %o1 = call i64 @rt_object_new(i64 1, i64 0)
  %c = call i64 @rt_closure_new(ptr null, i64 0)
  %o2 = call i64 @rt_object_new(i64 7, i64 2)
  %e = call i64 @rt_enum_new(i64 2, i64 1, i64 8)
  %u = call i64 @rt_unique_new(i64 8)
  %t = call i64 @rt_tuple_new(i64 5)
  call i64 @rt_tuple_set(i64 %t, i64 0, i64 %o1)
  call i64 @rt_tuple_set(i64 %t, i64 1, i64 %c)
  call i64 @rt_tuple_set(i64 %t, i64 2, i64 %o2)
  call i64 @rt_tuple_set(i64 %t, i64 3, i64 %e)
  call i64 @rt_tuple_set(i64 %t, i64 4, i64 %u)
  call void @rt_println_value(i64 %t)
; CHECK: (<object#1>, <closure#2>, <object#3>, <enum#4>, <unique#5>)
  ret i32 0
}

declare void @rt_println_value(i64)
declare i64 @rt_tuple_new(i64)
declare i64 @rt_tuple_set(i64, i64, i64)
declare i64 @rt_object_new(i64, i64)
declare i64 @rt_closure_new(ptr, i64)
declare i64 @rt_enum_new(i64, i64, i64)
declare i64 @rt_unique_new(i64)
