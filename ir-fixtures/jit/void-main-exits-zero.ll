; Test that a void main exits with 0 after printing.
; RUN: sh -c '%simple-jit %s; echo "exit=$?"' | FileCheck %s
; CHECK: ran
; CHECK-NEXT: exit=0
@text = private constant [4 x i8] c"ran\00"
declare i32 @puts(ptr)
define void @main() {
  call i32 @puts(ptr @text)
  ret void
}
