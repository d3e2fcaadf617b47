; Test that --stop-on-error stops the program at the first runtime error with "simple-jit: runtime error: <message>" and exit code 71, after flushing earlier output.
; RUN: sh -c '%simple-jit --stop-on-error %s 2>&1; echo "exit=$?"' | FileCheck --match-full-lines %s
; CHECK: before
; CHECK-NEXT: simple-jit: runtime error: rt_array_get: index 7 out of range for length 1
; CHECK-NEXT: exit=71
; CHECK-NOT: after

@before = private constant [6 x i8] c"before"
@after = private constant [5 x i8] c"after"

define i32 @main() {
  call void @rt_println_str(ptr @before, i64 6)
  %a = call i64 @rt_array_new(i64 1)
  call i64 @rt_array_push(i64 %a, i64 8)
  %g = call i64 @rt_array_get(i64 %a, i64 7)
  call void @rt_println_str(ptr @after, i64 5)
  %h = call i64 @rt_array_get(i64 %a, i64 9)
  ret i32 0
}

declare void @rt_println_str(ptr, i64)
declare i64 @rt_array_new(i64)
declare i64 @rt_array_get(i64, i64)
declare i64 @rt_array_push(i64, i64)
