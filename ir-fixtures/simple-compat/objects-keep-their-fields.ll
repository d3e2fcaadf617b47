; Test that objects Simple's compiled code makes with rt_object_new(i32 class id, i32 field count) keep the fields it sets and reads with i32 indices (rt_object_field_set answering true through its i8 result), including an object held in another object's field, and that class id, field count, a distance computed from the fields and an out-of-range read come back as computed.
; RUN: cat %S/Inputs/preamble.ll %s > %t.ll
; RUN: %simple-jit --entry=spl_main %t.ll | FileCheck --match-full-lines %s
;
; In Simple:  class Point(x, y); class Segment(from, to)
;             val seg = Segment(Point(3, 4), Point(9, 12)); dx*dx + dy*dy
; CHECK: 3
; CHECK-NEXT: 2
; CHECK-NEXT: 6
; CHECK-NEXT: 25
; CHECK-NEXT: 100
; CHECK-NEXT: 12
; CHECK-NEXT: nil

define i64 @compat__objects__point_new(i64 %0, i64 %1) {
bb0:
  %x = alloca i64, align 8
  %y = alloca i64, align 8
  %v0 = alloca i64, align 8
  store i64 0, ptr %v0, align 4
  store i64 %0, ptr %x, align 4
  store i64 %1, ptr %y, align 4
  %call = call i64 @rt_object_new(i32 3, i32 2)
  store i64 %call, ptr %v0, align 4
  %v01 = load i64, ptr %v0, align 4
  %x2 = load i64, ptr %x, align 4
  %box = shl i64 %x2, 3
  %call3 = call i8 @rt_object_field_set(i64 %v01, i32 0, i64 %box)
  %y4 = load i64, ptr %y, align 4
  %box5 = shl i64 %y4, 3
  %call6 = call i8 @rt_object_field_set(i64 %v01, i32 1, i64 %box5)
  ret i64 %v01
}

; |p|^2 = p.x * p.x + p.y * p.y
define i64 @compat__objects__norm2(i64 %0) {
bb0:
  %p = alloca i64, align 8
  store i64 %0, ptr %p, align 4
  %p1 = load i64, ptr %p, align 4
  %call = call i64 @rt_object_field_get(i64 %p1, i32 0)
  %unbox = ashr i64 %call, 3
  %call2 = call i64 @rt_object_field_get(i64 %p1, i32 1)
  %unbox3 = ashr i64 %call2, 3
  %mul = mul i64 %unbox, %unbox
  %mul4 = mul i64 %unbox3, %unbox3
  %add = add i64 %mul, %mul4
  ret i64 %add
}

define i64 @spl_main() {
bb0:
  %seg = alloca i64, align 8
  %v0 = alloca i64, align 8
  store i64 0, ptr %v0, align 4
  %v1 = alloca i64, align 8
  store i64 0, ptr %v1, align 4
  %call = call i64 @compat__objects__point_new(i64 3, i64 4)
  store i64 %call, ptr %v0, align 4
  %call1 = call i64 @compat__objects__point_new(i64 9, i64 12)
  store i64 %call1, ptr %v1, align 4
  %call2 = call i64 @rt_object_new(i32 6, i32 2)
  store i64 %call2, ptr %seg, align 4
  %seg3 = load i64, ptr %seg, align 4
  %v04 = load i64, ptr %v0, align 4
  %call5 = call i8 @rt_object_field_set(i64 %seg3, i32 0, i64 %v04)
  %v16 = load i64, ptr %v1, align 4
  %call7 = call i8 @rt_object_field_set(i64 %seg3, i32 1, i64 %v16)
  %call8 = call i64 @rt_object_class_id(i64 %v04)
  %box = shl i64 %call8, 3
  call void @rt_println_value(i64 %box)
  %call9 = call i64 @rt_object_field_count(i64 %v04)
  %box10 = shl i64 %call9, 3
  call void @rt_println_value(i64 %box10)
  %call11 = call i64 @rt_object_class_id(i64 %seg3)
  %box12 = shl i64 %call11, 3
  call void @rt_println_value(i64 %box12)
  ; seg.from's norm, then the norm of seg.to - seg.from
  %call13 = call i64 @rt_object_field_get(i64 %seg3, i32 0)
  %call14 = call i64 @compat__objects__norm2(i64 %call13)
  %box15 = shl i64 %call14, 3
  call void @rt_println_value(i64 %box15)
  %call16 = call i64 @rt_object_field_get(i64 %seg3, i32 1)
  %call17 = call i64 @rt_object_field_get(i64 %call16, i32 0)
  %call18 = call i64 @rt_object_field_get(i64 %call13, i32 0)
  %unbox = ashr i64 %call17, 3
  %unbox19 = ashr i64 %call18, 3
  %sub = sub i64 %unbox, %unbox19
  %call20 = call i64 @rt_object_field_get(i64 %call16, i32 1)
  %call21 = call i64 @rt_object_field_get(i64 %call13, i32 1)
  %unbox22 = ashr i64 %call20, 3
  %unbox23 = ashr i64 %call21, 3
  %sub24 = sub i64 %unbox22, %unbox23
  %call25 = call i64 @compat__objects__point_new(i64 %sub, i64 %sub24)
  %call26 = call i64 @compat__objects__norm2(i64 %call25)
  %box27 = shl i64 %call26, 3
  call void @rt_println_value(i64 %box27)
  %call28 = call i64 @rt_object_field_get(i64 %call16, i32 1)
  call void @rt_println_value(i64 %call28)
  %call29 = call i64 @rt_object_field_get(i64 %call16, i32 5)
  call void @rt_println_value(i64 %call29)
  ret i64 0
}

declare i64 @rt_object_new(i32, i32)

declare i8 @rt_object_field_set(i64, i32, i64)

declare i64 @rt_object_field_get(i64, i32)

declare i64 @rt_object_class_id(i64)

declare i64 @rt_object_field_count(i64)

declare void @rt_println_value(i64)
