; Test that Simple's compiled code can push far past an array's initial capacity (the audited version of Simple's runtime refused the push once the array was full): every push answers true through its i8 result, and the elements, their sum, the first and last element and a pop come back as computed.
; RUN: cat %S/Inputs/preamble.ll %s > %t.ll
; RUN: %simple-jit --entry=spl_main %t.ll | FileCheck --match-full-lines %s
;
; In Simple:  val squares = [] (capacity 2); for i in 0..12: squares.push(i * i)
; CHECK: 12
; CHECK-NEXT: 12
; CHECK-NEXT: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121]
; CHECK-NEXT: 506
; CHECK-NEXT: 0
; CHECK-NEXT: 121
; CHECK-NEXT: 121
; CHECK-NEXT: 11

define i64 @spl_main() {
bb0:
  %squares = alloca i64, align 8
  %i = alloca i64, align 8
  %pushed = alloca i64, align 8
  %total = alloca i64, align 8
  %v0 = alloca i64, align 8
  store i64 0, ptr %v0, align 4
  %v1 = alloca i64, align 8
  store i64 0, ptr %v1, align 4
  %v2 = alloca i64, align 8
  store i64 0, ptr %v2, align 4
  %call = call i64 @rt_array_new(i64 2)
  store i64 %call, ptr %squares, align 4
  store i64 0, ptr %i, align 4
  store i64 0, ptr %pushed, align 4
  store i64 0, ptr %total, align 4
  br label %bb1

bb1:                                              ; for i in 0..12
  %i1 = load i64, ptr %i, align 4
  %lt = icmp slt i64 %i1, 12
  br i1 %lt, label %bb2, label %bb3

bb2:
  %i2 = load i64, ptr %i, align 4
  %mul = mul i64 %i2, %i2
  %box = shl i64 %mul, 3
  %squares3 = load i64, ptr %squares, align 4
  %call4 = call i8 @rt_array_push(i64 %squares3, i64 %box)
  %zext = zext i8 %call4 to i64
  %pushed5 = load i64, ptr %pushed, align 4
  %add = add i64 %pushed5, %zext
  store i64 %add, ptr %pushed, align 4
  %add6 = add i64 %i2, 1
  store i64 %add6, ptr %i, align 4
  br label %bb1

bb3:                                              ; how many pushes said true, and the length
  %pushed7 = load i64, ptr %pushed, align 4
  %box8 = shl i64 %pushed7, 3
  call void @rt_println_value(i64 %box8)
  %squares9 = load i64, ptr %squares, align 4
  %call10 = call i64 @rt_len(i64 %squares9)
  store i64 %call10, ptr %v0, align 4
  %v011 = load i64, ptr %v0, align 4
  %box12 = shl i64 %v011, 3
  call void @rt_println_value(i64 %box12)
  call void @rt_println_value(i64 %squares9)
  store i64 0, ptr %i, align 4
  br label %bb4

bb4:                                              ; for i in 0..len: total += squares[i]
  %i13 = load i64, ptr %i, align 4
  %v014 = load i64, ptr %v0, align 4
  %lt15 = icmp slt i64 %i13, %v014
  br i1 %lt15, label %bb5, label %bb6

bb5:
  %squares16 = load i64, ptr %squares, align 4
  %call17 = call i64 @rt_array_get(i64 %squares16, i64 %i13)
  store i64 %call17, ptr %v1, align 4
  %v118 = load i64, ptr %v1, align 4
  %unbox = ashr i64 %v118, 3
  %total19 = load i64, ptr %total, align 4
  %add20 = add i64 %total19, %unbox
  store i64 %add20, ptr %total, align 4
  %add21 = add i64 %i13, 1
  store i64 %add21, ptr %i, align 4
  br label %bb4

bb6:
  %total22 = load i64, ptr %total, align 4
  %box23 = shl i64 %total22, 3
  call void @rt_println_value(i64 %box23)
  %squares24 = load i64, ptr %squares, align 4
  %call25 = call i64 @rt_array_first(i64 %squares24)
  call void @rt_println_value(i64 %call25)
  %call26 = call i64 @rt_array_last(i64 %squares24)
  call void @rt_println_value(i64 %call26)
  %call27 = call i64 @rt_array_pop(i64 %squares24)
  store i64 %call27, ptr %v2, align 4
  %v228 = load i64, ptr %v2, align 4
  call void @rt_println_value(i64 %v228)
  %call29 = call i64 @rt_array_len(i64 %squares24)
  %box30 = shl i64 %call29, 3
  call void @rt_println_value(i64 %box30)
  ret i64 0
}

declare i8 @rt_array_push(i64, i64)

declare void @rt_println_value(i64)
