; Test that a runtime function whose table result is i64 may be declared with an i1, i8 or i32 result and the call reads the low bits of the i64: the 1/0 flags of rt_value_is_nil (i1) and rt_array_push and rt_array_set (i8, as Simple declares bool results), and rt_object_field_count as an i32 (5 for an object, and -1 for a non-object, which is 4294967295 zero-extended).
; RUN: cat %S/Inputs/preamble.ll %s > %t.ll
; RUN: %simple-jit --entry=spl_main %t.ll | FileCheck --match-full-lines %s
;
; CHECK: 1
; CHECK-NEXT: 0
; CHECK-NEXT: 1
; CHECK-NEXT: 0
; CHECK-NEXT: 5
; CHECK-NEXT: -1
; CHECK-NEXT: 4294967295

define i64 @spl_main() {
bb0:
  %a = alloca i64, align 8
  ; i1: nil is nil, 7 is not
  %call = call i64 @rt_value_nil()
  %call1 = call i1 @rt_value_is_nil(i64 %call)
  %zext = zext i1 %call1 to i64
  %box = shl i64 %zext, 3
  call void @rt_println_value(i64 %box)
  %call2 = call i1 @rt_value_is_nil(i64 56)
  %zext3 = zext i1 %call2 to i64
  %box4 = shl i64 %zext3, 3
  call void @rt_println_value(i64 %box4)
  ; i8: a push succeeds, a set out of range fails
  %call5 = call i64 @rt_array_new(i64 0)
  store i64 %call5, ptr %a, align 4
  %a6 = load i64, ptr %a, align 4
  %call7 = call i8 @rt_array_push(i64 %a6, i64 8)
  %zext8 = zext i8 %call7 to i64
  %box9 = shl i64 %zext8, 3
  call void @rt_println_value(i64 %box9)
  %call10 = call i8 @rt_array_set(i64 %a6, i64 9, i64 8)
  %zext11 = zext i8 %call10 to i64
  %box12 = shl i64 %zext11, 3
  call void @rt_println_value(i64 %box12)
  ; i32: a count, and the -1 of a non-object read as an i32
  %call13 = call i64 @rt_object_new(i32 2, i32 5)
  %call14 = call i32 @rt_object_field_count(i64 %call13)
  %sext = sext i32 %call14 to i64
  %box15 = shl i64 %sext, 3
  call void @rt_println_value(i64 %box15)
  %call16 = call i32 @rt_object_field_count(i64 %a6)
  %sext17 = sext i32 %call16 to i64
  %box18 = shl i64 %sext17, 3
  call void @rt_println_value(i64 %box18)
  %zext19 = zext i32 %call16 to i64
  %box20 = shl i64 %zext19, 3
  call void @rt_println_value(i64 %box20)
  ret i64 0
}

declare i1 @rt_value_is_nil(i64)

declare void @rt_println_value(i64)

declare i8 @rt_array_push(i64, i64)

declare i8 @rt_array_set(i64, i64, i64)

declare i64 @rt_object_new(i32, i32)

declare i32 @rt_object_field_count(i64)
