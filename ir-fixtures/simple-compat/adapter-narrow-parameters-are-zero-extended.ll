; Test that i32, i16 and i8 parameters declared for the table's i64 ones are zero-extended, as Simple's ids and indices are unsigned: a u32 class id and an enum discriminant above 2^31 (negative as i32) arrive as the large positive numbers (sign-extended they would be refused as negative), and an all-ones i16 or i8 index arrives as 65535 or 255, out of range, instead of -1 (which would read the last field or capture).
; RUN: cat %S/Inputs/preamble.ll %s > %t.ll
; RUN: %simple-jit --entry=spl_main %t.ll | FileCheck --match-full-lines %s
;
; CHECK: 2147483653
; CHECK-NEXT: 3735928559
; CHECK-NEXT: 9
; CHECK-NEXT: nil
; CHECK-NEXT: 5
; CHECK-NEXT: nil
; CHECK-NEXT: true
; CHECK-NEXT: false

define i64 @spl_main() {
bb0:
  %o = alloca i64, align 8
  %c = alloca i64, align 8
  ; i32: class id 0x80000005, discriminant 0xDEADBEEF
  %call = call i64 @rt_object_new(i32 -2147483643, i32 2)
  store i64 %call, ptr %o, align 4
  %o1 = load i64, ptr %o, align 4
  %call2 = call i64 @rt_object_class_id(i64 %o1)
  %box = shl i64 %call2, 3
  call void @rt_println_value(i64 %box)
  %call3 = call i64 @rt_enum_new(i32 4, i32 -559038737, i64 3)
  %call4 = call i64 @rt_enum_discriminant(i64 %call3)
  %box5 = shl i64 %call4, 3
  call void @rt_println_value(i64 %box5)
  ; i16: field index 1 reads 9, index 0xFFFF is out of range
  %call6 = call i8 @rt_object_field_set(i64 %o1, i16 1, i64 72)
  %call7 = call i64 @rt_object_field_get(i64 %o1, i16 1)
  call void @rt_println_value(i64 %call7)
  %call8 = call i64 @rt_object_field_get(i64 %o1, i16 -1)
  call void @rt_println_value(i64 %call8)
  ; i8: capture index 1 reads 5, index 0xFF is out of range
  %call9 = call i64 @rt_closure_new(i64 0, i8 2)
  store i64 %call9, ptr %c, align 4
  %c10 = load i64, ptr %c, align 4
  %call11 = call i8 @rt_closure_set_capture(i64 %c10, i8 1, i64 40)
  %call12 = call i64 @rt_closure_get_capture(i64 %c10, i8 1)
  call void @rt_println_value(i64 %call12)
  %call13 = call i64 @rt_closure_get_capture(i64 %c10, i8 -1)
  call void @rt_println_value(i64 %call13)
  ; i8 bool, as Simple declares rt_value_bool: 0x80 is true, 0 is false
  %call14 = call i64 @rt_value_bool(i8 -128)
  call void @rt_println_value(i64 %call14)
  %call15 = call i64 @rt_value_bool(i8 0)
  call void @rt_println_value(i64 %call15)
  ret i64 0
}

declare i64 @rt_object_new(i32, i32)

declare i64 @rt_object_class_id(i64)

declare void @rt_println_value(i64)

declare i64 @rt_enum_new(i32, i32, i64)

declare i8 @rt_object_field_set(i64, i16, i64)

declare i64 @rt_object_field_get(i64, i16)

declare i64 @rt_closure_new(i64, i8)

declare i8 @rt_closure_set_capture(i64, i8, i64)

declare i64 @rt_closure_get_capture(i64, i8)

declare i64 @rt_value_bool(i8)
