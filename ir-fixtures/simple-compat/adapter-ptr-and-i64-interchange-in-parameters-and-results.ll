; Test that runtime functions whose table types have pointers run when declared with i64 in their place, as Simple declares them: pointer parameters (rt_string_new's bytes, rt_println_str's text, rt_ptr_to_value) receive the address the i64 carries, and pointer results (rt_string_data, rt_alloc, rt_value_to_ptr, rt_closure_func_ptr) arrive as the address in an i64.
; RUN: cat %S/Inputs/preamble.ll %s > %t.ll
; RUN: %simple-jit --entry=spl_main %t.ll | FileCheck --match-full-lines %s
;
; CHECK: adapt
; CHECK-NEXT: 97
; CHECK-NEXT: 123456789
; CHECK-NEXT: 1
; CHECK-NEXT: 1
; CHECK-NEXT: 1

@str = private constant [5 x i8] c"adapt"

define i64 @compat__adapters__body(i64 %0) {
bb0:
  ret i64 %0
}

define i64 @spl_main() {
bb0:
  %s = alloca i64, align 8
  %block = alloca i64, align 8
  ; pointer parameter as i64 (rt_string_new), pointer result as i64 (rt_string_data), both into rt_println_str
  %str_ptr_int = ptrtoint ptr @str to i64
  %str_new = call i64 @rt_string_new(i64 %str_ptr_int, i64 5)
  store i64 %str_new, ptr %s, align 4
  %s1 = load i64, ptr %s, align 4
  %str_data = call i64 @rt_string_data(i64 %s1)
  %str_len = call i64 @rt_string_len(i64 %s1)
  call void @rt_println_str(i64 %str_data, i64 %str_len)
  ; the i64 from rt_string_data is the address of the bytes: its first byte is 'a'
  %load_ptr = inttoptr i64 %str_data to ptr
  %load = load i8, ptr %load_ptr, align 1
  %zext = zext i8 %load to i64
  %box = shl i64 %zext, 3
  call void @rt_println_value(i64 %box)
  ; rt_alloc's block as an i64: store through it and read back
  %call = call i64 @rt_alloc(i64 16)
  store i64 %call, ptr %block, align 4
  %block2 = load i64, ptr %block, align 4
  %store_ptr = inttoptr i64 %block2 to ptr
  store i64 123456789, ptr %store_ptr, align 4
  %load3 = load i64, ptr %store_ptr, align 4
  %box4 = shl i64 %load3, 3
  call void @rt_println_value(i64 %box4)
  ; rt_value_to_ptr gives the string object's address as an i64, rt_ptr_to_value takes it back
  %call5 = call i64 @rt_value_to_ptr(i64 %s1)
  %call6 = call i64 @rt_ptr_to_value(i64 %call5)
  %eq = icmp eq i64 %call6, %s1
  %zext7 = zext i1 %eq to i64
  %box8 = shl i64 %zext7, 3
  call void @rt_println_value(i64 %box8)
  ; rt_closure_new takes the body as an i64, rt_closure_func_ptr gives it back as an i64
  %fn_addr = ptrtoint ptr @compat__adapters__body to i64
  %call9 = call i64 @rt_closure_new(i64 %fn_addr, i32 0)
  %call10 = call i64 @rt_closure_func_ptr(i64 %call9)
  %eq11 = icmp eq i64 %call10, %fn_addr
  %zext12 = zext i1 %eq11 to i64
  %box13 = shl i64 %zext12, 3
  call void @rt_println_value(i64 %box13)
  %fn_ptr = inttoptr i64 %call10 to ptr
  %icall = call i64 %fn_ptr(i64 8)
  call void @rt_println_value(i64 %icall)
  ret i64 0
}

declare void @rt_println_str(i64, i64)

declare void @rt_println_value(i64)

declare i64 @rt_closure_new(i64, i32)
