; Test that closures Simple's compiled code makes (rt_closure_new with the outlined body's address as an i64 and an i32 capture count, captures set and read with i32 indices) are called the way it calls them: the i64 that rt_closure_func_ptr returns, turned into a pointer and called with the closure as first argument; the body reads its captures, and the results, also of a closure mapped over an array, come back as computed.
; RUN: cat %S/Inputs/preamble.ll %s > %t.ll
; RUN: %simple-jit --entry=spl_main %t.ll | FileCheck --match-full-lines %s
;
; In Simple:  val base = 40; val add = \x: base + x; add(2)
;             val k = 3; val c = 1; [1, 2, 3, 4].map(\x: k * x + c)
; CHECK: 1
; CHECK-NEXT: 42
; CHECK-NEXT: 1
; CHECK-NEXT: [4, 7, 10, 13]
; CHECK-NEXT: 34

; The outlined body of \x: base + x (capture 0 is base).
define i64 @compat__closures__spl_main_outlined_bb1(i64 %0, i64 %1) {
bb0:
  %x = alloca i64, align 8
  %v0 = alloca i64, align 8
  store i64 0, ptr %v0, align 4
  store i64 %1, ptr %x, align 4
  %call = call i64 @rt_closure_get_capture(i64 %0, i32 0)
  store i64 %call, ptr %v0, align 4
  %v01 = load i64, ptr %v0, align 4
  %unbox = ashr i64 %v01, 3
  %x2 = load i64, ptr %x, align 4
  %unbox3 = ashr i64 %x2, 3
  %add = add i64 %unbox, %unbox3
  %box = shl i64 %add, 3
  ret i64 %box
}

; The outlined body of \x: k * x + c (captures 0 and 1 are k and c).
define i64 @compat__closures__spl_main_outlined_bb3(i64 %0, i64 %1) {
bb0:
  %x = alloca i64, align 8
  store i64 %1, ptr %x, align 4
  %call = call i64 @rt_closure_get_capture(i64 %0, i32 0)
  %unbox = ashr i64 %call, 3
  %call1 = call i64 @rt_closure_get_capture(i64 %0, i32 1)
  %unbox2 = ashr i64 %call1, 3
  %x3 = load i64, ptr %x, align 4
  %unbox4 = ashr i64 %x3, 3
  %mul = mul i64 %unbox, %unbox4
  %add = add i64 %mul, %unbox2
  %box = shl i64 %add, 3
  ret i64 %box
}

; array.map(f): calls f through its function pointer for every element.
define i64 @compat__closures__map(i64 %0, i64 %1) {
bb0:
  %xs = alloca i64, align 8
  %f = alloca i64, align 8
  %out = alloca i64, align 8
  %i = alloca i64, align 8
  store i64 %0, ptr %xs, align 4
  store i64 %1, ptr %f, align 4
  %xs1 = load i64, ptr %xs, align 4
  %call = call i64 @rt_array_len(i64 %xs1)
  %call2 = call i64 @rt_array_new(i64 %call)
  store i64 %call2, ptr %out, align 4
  store i64 0, ptr %i, align 4
  br label %bb1

bb1:
  %i3 = load i64, ptr %i, align 4
  %xs4 = load i64, ptr %xs, align 4
  %call5 = call i64 @rt_array_len(i64 %xs4)
  %lt = icmp slt i64 %i3, %call5
  br i1 %lt, label %bb2, label %bb3

bb2:
  %call6 = call i64 @rt_array_get(i64 %xs4, i64 %i3)
  %f7 = load i64, ptr %f, align 4
  %call8 = call i64 @rt_closure_func_ptr(i64 %f7)
  %fn_ptr = inttoptr i64 %call8 to ptr
  %icall = call i64 %fn_ptr(i64 %f7, i64 %call6)
  %out9 = load i64, ptr %out, align 4
  %call10 = call i8 @rt_array_push(i64 %out9, i64 %icall)
  %add = add i64 %i3, 1
  store i64 %add, ptr %i, align 4
  br label %bb1

bb3:
  %out11 = load i64, ptr %out, align 4
  ret i64 %out11
}

define i64 @spl_main() {
bb0:
  %add = alloca i64, align 8
  %affine = alloca i64, align 8
  %xs = alloca i64, align 8
  %ys = alloca i64, align 8
  %total = alloca i64, align 8
  %i = alloca i64, align 8
  %fn_addr = ptrtoint ptr @compat__closures__spl_main_outlined_bb1 to i64
  %call = call i64 @rt_closure_new(i64 %fn_addr, i32 1)
  store i64 %call, ptr %add, align 4
  %add1 = load i64, ptr %add, align 4
  %call2 = call i8 @rt_closure_set_capture(i64 %add1, i32 0, i64 320)
  %zext = zext i8 %call2 to i64
  %box = shl i64 %zext, 3
  call void @rt_println_value(i64 %box)
  ; add(2)
  %call3 = call i64 @rt_closure_func_ptr(i64 %add1)
  %fn_ptr = inttoptr i64 %call3 to ptr
  %icall = call i64 %fn_ptr(i64 %add1, i64 16)
  call void @rt_println_value(i64 %icall)
  ; the second closure, and its function pointer is its body's address
  %fn_addr4 = ptrtoint ptr @compat__closures__spl_main_outlined_bb3 to i64
  %call5 = call i64 @rt_closure_new(i64 %fn_addr4, i32 2)
  store i64 %call5, ptr %affine, align 4
  %affine6 = load i64, ptr %affine, align 4
  %call7 = call i8 @rt_closure_set_capture(i64 %affine6, i32 0, i64 24)
  %call8 = call i8 @rt_closure_set_capture(i64 %affine6, i32 1, i64 8)
  %call9 = call i64 @rt_closure_func_ptr(i64 %affine6)
  %eq = icmp eq i64 %call9, %fn_addr4
  %zext10 = zext i1 %eq to i64
  %box11 = shl i64 %zext10, 3
  call void @rt_println_value(i64 %box11)
  ; [1, 2, 3, 4].map(affine)
  %call12 = call i64 @rt_array_new(i64 4)
  store i64 %call12, ptr %xs, align 4
  %xs13 = load i64, ptr %xs, align 4
  %call14 = call i8 @rt_array_push(i64 %xs13, i64 8)
  %call15 = call i8 @rt_array_push(i64 %xs13, i64 16)
  %call16 = call i8 @rt_array_push(i64 %xs13, i64 24)
  %call17 = call i8 @rt_array_push(i64 %xs13, i64 32)
  %call18 = call i64 @compat__closures__map(i64 %xs13, i64 %affine6)
  store i64 %call18, ptr %ys, align 4
  %ys19 = load i64, ptr %ys, align 4
  call void @rt_println_value(i64 %ys19)
  store i64 0, ptr %total, align 4
  store i64 0, ptr %i, align 4
  br label %bb1

bb1:
  %i20 = load i64, ptr %i, align 4
  %lt = icmp slt i64 %i20, 4
  br i1 %lt, label %bb2, label %bb3

bb2:
  %ys21 = load i64, ptr %ys, align 4
  %call22 = call i64 @rt_array_get(i64 %ys21, i64 %i20)
  %unbox = ashr i64 %call22, 3
  %total23 = load i64, ptr %total, align 4
  %add24 = add i64 %total23, %unbox
  store i64 %add24, ptr %total, align 4
  %add25 = add i64 %i20, 1
  store i64 %add25, ptr %i, align 4
  br label %bb1

bb3:
  %total26 = load i64, ptr %total, align 4
  %box27 = shl i64 %total26, 3
  call void @rt_println_value(i64 %box27)
  ret i64 0
}

declare i64 @rt_closure_get_capture(i64, i32)

declare i8 @rt_array_push(i64, i64)

declare i64 @rt_closure_new(i64, i32)

declare i8 @rt_closure_set_capture(i64, i32, i64)

declare void @rt_println_value(i64)
