; Test that a tuple Simple's compiled code fills with rt_tuple_set (an i8 result) holds an int, a string and a float (made by rt_value_float, declared with its double parameter), prints as a tuple, and answers length, element reads (also from the end through rt_index_get) and the sum of its numbers as computed.
; RUN: cat %S/Inputs/preamble.ll %s > %t.ll
; RUN: %simple-jit --entry=spl_main %t.ll | FileCheck --match-full-lines %s
;
; In Simple:  val t = (7, "seven", 7.5)
; CHECK: 3
; CHECK-NEXT: (7, "seven", 7.5)
; CHECK-NEXT: 3
; CHECK-NEXT: seven
; CHECK-NEXT: 7.5
; CHECK-NEXT: 14.5

@str = private constant [5 x i8] c"seven"

define i64 @spl_main() {
bb0:
  %t = alloca i64, align 8
  %v0 = alloca i64, align 8
  store i64 0, ptr %v0, align 4
  %call = call i64 @rt_tuple_new(i64 3)
  store i64 %call, ptr %t, align 4
  %t1 = load i64, ptr %t, align 4
  %call2 = call i8 @rt_tuple_set(i64 %t1, i64 0, i64 56)
  %str_ptr_int = ptrtoint ptr @str to i64
  %str_new = call i64 @rt_string_new(i64 %str_ptr_int, i64 5)
  %call3 = call i8 @rt_tuple_set(i64 %t1, i64 1, i64 %str_new)
  %call4 = call i64 @rt_value_float(double 7.500000e+00)
  %call5 = call i8 @rt_tuple_set(i64 %t1, i64 2, i64 %call4)
  ; how many sets said true
  %zext = zext i8 %call2 to i64
  %zext6 = zext i8 %call3 to i64
  %zext7 = zext i8 %call5 to i64
  %add = add i64 %zext, %zext6
  %add8 = add i64 %add, %zext7
  %box = shl i64 %add8, 3
  call void @rt_println_value(i64 %box)
  call void @rt_println_value(i64 %t1)
  %call9 = call i64 @rt_tuple_len(i64 %t1)
  %box10 = shl i64 %call9, 3
  call void @rt_println_value(i64 %box10)
  %call11 = call i64 @rt_tuple_get(i64 %t1, i64 1)
  call void @rt_println_value(i64 %call11)
  ; t[-1]
  %call12 = call i64 @rt_index_get(i64 %t1, i64 -8)
  store i64 %call12, ptr %v0, align 4
  %v013 = load i64, ptr %v0, align 4
  call void @rt_println_value(i64 %v013)
  ; t[0] + t[2]
  %call14 = call i64 @rt_tuple_get(i64 %t1, i64 0)
  %unbox = ashr i64 %call14, 3
  %sitofp = sitofp i64 %unbox to double
  %call15 = call double @rt_value_as_float(i64 %v013)
  %fadd = fadd double %sitofp, %call15
  %call16 = call i64 @rt_value_float(double %fadd)
  call void @rt_println_value(i64 %call16)
  ret i64 0
}

declare i8 @rt_tuple_set(i64, i64, i64)

declare i64 @rt_value_float(double)

declare void @rt_println_value(i64)

declare double @rt_value_as_float(i64)
