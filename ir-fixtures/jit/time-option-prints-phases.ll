; Test that --time prints every phase's timing to stderr and leaves stdout alone.
; RUN: %simple-jit --time %s 2> %t.err | FileCheck %s --check-prefix=OUT
; RUN: FileCheck %s < %t.err
; OUT: program output
; CHECK: simple-jit: phase timings (ms)
; CHECK-NEXT: setup
; CHECK-NEXT: parse
; CHECK-NEXT: verify
; CHECK-NEXT: optimize
; CHECK-NEXT: codegen
; CHECK-NEXT: link
; CHECK-NEXT: initialize
; CHECK-NEXT: run
; CHECK-NEXT: finalize
; CHECK-NEXT: total
@text = private constant [15 x i8] c"program output\00"
declare i32 @puts(ptr)
define i32 @main() {
  call i32 @puts(ptr @text)
  ret i32 0
}
