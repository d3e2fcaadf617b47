; Test that objects, closures, enums and uniques print as <kind#N> with N a serial number given at allocation.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %o1 = call i64 @rt_object_new(i64 1, i64 0)
  %o2 = call i64 @rt_object_new(i64 1, i64 0)
  call void @rt_println_value(i64 %o1)
  call void @rt_println_value(i64 %o2)
  call void @rt_println_value(i64 %o1)
; CHECK: <object#[[O1:[0-9]+]]>
; CHECK-NEXT: <object#{{[0-9]+}}>
; CHECK-NEXT: <object#[[O1]]>
  %c = call i64 @rt_closure_new(ptr null, i64 0)
  call void @rt_println_value(i64 %c)
; CHECK-NEXT: <closure#{{[0-9]+}}>
  %e = call i64 @rt_enum_new(i64 2, i64 1, i64 8)
  call void @rt_println_value(i64 %e)
; CHECK-NEXT: <enum#{{[0-9]+}}>
  %u = call i64 @rt_unique_new(i64 8)
  call void @rt_println_value(i64 %u)
; CHECK-NEXT: <unique#{{[0-9]+}}>
  ; inside an array too
  %a = call i64 @rt_array_new(i64 1)
  call i64 @rt_array_push(i64 %a, i64 %o1)
  call void @rt_println_value(i64 %a)
; CHECK-NEXT: [<object#[[O1]]>]
  ret i32 0
}

declare void @rt_println_value(i64)
declare i64 @rt_unique_new(i64)
declare i64 @rt_array_new(i64)
declare i64 @rt_array_push(i64, i64)
declare i64 @rt_object_new(i64, i64)
declare i64 @rt_closure_new(ptr, i64)
declare i64 @rt_enum_new(i64, i64, i64)
