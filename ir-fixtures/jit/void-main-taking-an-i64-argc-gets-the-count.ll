; Test that a void main taking only an i64 argc is called with the argument count and exits 0.
; RUN: sh -c '%simple-jit %s x; echo "exit=$?"' | FileCheck %s
; CHECK: argc=2
; CHECK-NEXT: exit=0
@argc_format = private constant [10 x i8] c"argc=%ld\0A\00"
declare i32 @printf(ptr, ...)
define void @main(i64 %argc) {
  call i32 (ptr, ...) @printf(ptr @argc_format, i64 %argc)
  ret void
}
