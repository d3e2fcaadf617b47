; Test that a runtime function that returns nothing may be declared with an i64 result, as Simple's all-i64 declarations do, and the call reads 0: rt_println_value still prints, and it, rt_gc_collect and rt_error_clear each give 0.
; RUN: cat %S/Inputs/preamble.ll %s > %t.ll
; RUN: %simple-jit --entry=spl_main %t.ll | FileCheck --match-full-lines %s
;
; CHECK: 7
; CHECK-NEXT: 0
; CHECK-NEXT: 0
; CHECK-NEXT: 0

define i64 @spl_main() {
bb0:
  %v0 = alloca i64, align 8
  store i64 0, ptr %v0, align 4
  %call = call i64 @rt_println_value(i64 56)
  %box = shl i64 %call, 3
  %call1 = call i64 @rt_println_value(i64 %box)
  %call2 = call i64 @rt_gc_collect()
  %box3 = shl i64 %call2, 3
  %call4 = call i64 @rt_println_value(i64 %box3)
  %call5 = call i64 @rt_error_clear()
  %box6 = shl i64 %call5, 3
  %call7 = call i64 @rt_println_value(i64 %box6)
  ret i64 0
}

declare i64 @rt_println_value(i64)

declare i64 @rt_gc_collect()

declare i64 @rt_error_clear()
