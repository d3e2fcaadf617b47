; Test that enum values Simple's compiled code makes with rt_enum_new(i32 enum id, i32 discriminant, payload) keep discriminants that are 32-bit hashes of the variant names (one above 2^31, so negative as an i32), that a match comparing rt_enum_discriminant with the unsigned hash picks the right arm and reads the payload, and that the results come back as computed.
; RUN: cat %S/Inputs/preamble.ll %s > %t.ll
; RUN: %simple-jit --entry=spl_main %t.ll | FileCheck --match-full-lines %s
;
; In Simple:  enum Opt: Some(x) | None   (Some = 0x9E3779B9, None = 0x1B873593)
;             fn make(x): if x > 0: Some(x) else: None
;             fn score(o): match o: Some(x) => x * 2; None => -1
; CHECK: 2654435769
; CHECK-NEXT: 461845907
; CHECK-NEXT: 17
; CHECK-NEXT: 10
; CHECK-NEXT: -1
; CHECK-NEXT: 24
; CHECK-NEXT: 33
; CHECK-NEXT: nil

define i64 @compat__enums__make(i64 %0) {
bb0:
  %x = alloca i64, align 8
  %v0 = alloca i64, align 8
  store i64 0, ptr %v0, align 4
  store i64 %0, ptr %x, align 4
  %x1 = load i64, ptr %x, align 4
  %gt = icmp sgt i64 %x1, 0
  br i1 %gt, label %bb1, label %bb2

bb1:                                              ; Some(x)
  %box = shl i64 %x1, 3
  %call = call i64 @rt_enum_new(i32 17, i32 -1640531527, i64 %box)
  store i64 %call, ptr %v0, align 4
  br label %bb3

bb2:                                              ; None
  %call2 = call i64 @rt_value_nil()
  %call3 = call i64 @rt_enum_new(i32 17, i32 461845907, i64 %call2)
  store i64 %call3, ptr %v0, align 4
  br label %bb3

bb3:
  %v04 = load i64, ptr %v0, align 4
  ret i64 %v04
}

define i64 @compat__enums__score(i64 %0) {
bb0:
  %o = alloca i64, align 8
  %v0 = alloca i64, align 8
  store i64 0, ptr %v0, align 4
  store i64 %0, ptr %o, align 4
  %o1 = load i64, ptr %o, align 4
  %call = call i64 @rt_enum_discriminant(i64 %o1)
  %eq = icmp eq i64 %call, 2654435769
  br i1 %eq, label %bb1, label %bb2

bb1:                                              ; Some(x) => x * 2
  %call2 = call i64 @rt_enum_payload(i64 %o1)
  %unbox = ashr i64 %call2, 3
  %mul = mul i64 %unbox, 2
  store i64 %mul, ptr %v0, align 4
  br label %bb3

bb2:                                              ; None => -1
  store i64 -1, ptr %v0, align 4
  br label %bb3

bb3:
  %v03 = load i64, ptr %v0, align 4
  ret i64 %v03
}

define i64 @spl_main() {
bb0:
  %total = alloca i64, align 8
  %some = alloca i64, align 8
  %none = alloca i64, align 8
  %call = call i64 @compat__enums__make(i64 5)
  store i64 %call, ptr %some, align 4
  %call1 = call i64 @compat__enums__make(i64 0)
  store i64 %call1, ptr %none, align 4
  %some2 = load i64, ptr %some, align 4
  %call3 = call i64 @rt_enum_discriminant(i64 %some2)
  %box = shl i64 %call3, 3
  call void @rt_println_value(i64 %box)
  %none4 = load i64, ptr %none, align 4
  %call5 = call i64 @rt_enum_discriminant(i64 %none4)
  %box6 = shl i64 %call5, 3
  call void @rt_println_value(i64 %box6)
  %call7 = call i64 @rt_enum_id(i64 %some2)
  %box8 = shl i64 %call7, 3
  call void @rt_println_value(i64 %box8)
  ; score(make(5)) + score(make(0)) + score(make(12))
  %call9 = call i64 @compat__enums__score(i64 %some2)
  %box10 = shl i64 %call9, 3
  call void @rt_println_value(i64 %box10)
  %call11 = call i64 @compat__enums__score(i64 %none4)
  %box12 = shl i64 %call11, 3
  call void @rt_println_value(i64 %box12)
  %call13 = call i64 @compat__enums__make(i64 12)
  %call14 = call i64 @compat__enums__score(i64 %call13)
  %box15 = shl i64 %call14, 3
  call void @rt_println_value(i64 %box15)
  %add = add i64 %call9, %call11
  %add16 = add i64 %add, %call14
  store i64 %add16, ptr %total, align 4
  %total17 = load i64, ptr %total, align 4
  %box18 = shl i64 %total17, 3
  call void @rt_println_value(i64 %box18)
  %call19 = call i64 @rt_enum_payload(i64 %none4)
  call void @rt_println_value(i64 %call19)
  ret i64 0
}

declare i64 @rt_enum_new(i32, i32, i64)

declare void @rt_println_value(i64)

declare i64 @rt_enum_id(i64)
