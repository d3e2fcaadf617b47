; Test that --strict-abi turns the adapters off: a module in Simple's style that runs by default (i64 for rt_string_new's pointer, an i8 result for rt_array_push) is then refused with the mismatch error for each adapted function, before anything runs, with exit code 65.
; RUN: cat %S/Inputs/preamble.ll %s > %t.ll
; RUN: sh -c '%simple-jit --entry=spl_main %t.ll 2>&1; echo "exit=$?"' | FileCheck %s --check-prefix=ADAPTED
; RUN: sh -c '%simple-jit --strict-abi --entry=spl_main %t.ll 2>&1; echo "exit=$?"' | FileCheck %s --check-prefix=STRICT
;
; ADAPTED: the module ran
; ADAPTED-NEXT: [1]
; ADAPTED-NEXT: exit=0
;
; STRICT-NOT: the module ran
; STRICT: simple-jit: error:
; STRICT-DAG: : 'rt_string_new' is declared as 'i64 (i64, i64)' but the runtime defines 'i64 (ptr, i64)'
; STRICT-DAG: : 'rt_array_push' is declared as 'i8 (i64, i64)' but the runtime defines 'i64 (i64, i64)'
; STRICT-NOT: the module ran
; STRICT: exit=65

@str = private constant [14 x i8] c"the module ran"

define i64 @spl_main() {
bb0:
  %a = alloca i64, align 8
  %str_ptr_int = ptrtoint ptr @str to i64
  %str_new = call i64 @rt_string_new(i64 %str_ptr_int, i64 14)
  call void @rt_println_value(i64 %str_new)
  %call = call i64 @rt_array_new(i64 1)
  store i64 %call, ptr %a, align 4
  %a1 = load i64, ptr %a, align 4
  %call2 = call i8 @rt_array_push(i64 %a1, i64 8)
  call void @rt_println_value(i64 %a1)
  ret i64 0
}

declare void @rt_println_value(i64)

declare i8 @rt_array_push(i64, i64)
