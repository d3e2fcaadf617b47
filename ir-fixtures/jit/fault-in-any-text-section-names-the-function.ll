; Test that a fault is named whatever text section the function's code is placed in: cold
; functions (.text.unlikely), hot ones (.text.hot), start-up code (.text.startup), sections of
; the module's own, for external and internal functions.
; RUN: sh -c '%simple-jit %s 1 2>&1; echo "exit=$?"' | FileCheck %s --check-prefix=COLD
; RUN: sh -c '%simple-jit %s 1 2 2>&1; echo "exit=$?"' | FileCheck %s --check-prefix=HOT
; RUN: sh -c '%simple-jit %s 1 2 3 2>&1; echo "exit=$?"' | FileCheck %s --check-prefix=STARTUP
; RUN: sh -c '%simple-jit %s 1 2 3 4 2>&1; echo "exit=$?"' | FileCheck %s --check-prefix=OWN
; RUN: sh -c '%simple-jit -O2 %s 1 2>&1; echo "exit=$?"' | FileCheck %s --check-prefix=COLD
; RUN: sh -c '%simple-jit -O2 %s 1 2 3 4 2>&1; echo "exit=$?"' | FileCheck %s --check-prefix=OWN
; COLD: in JIT-compiled function 'cold_fault{{[.a-z0-9]*}}'
; COLD: exit=139
; HOT: in JIT-compiled function 'hot_fault{{[.a-z0-9]*}}'
; HOT: exit=139
; STARTUP: in JIT-compiled function 'startup_fault{{[.a-z0-9]*}}'
; STARTUP: exit=139
; OWN: in JIT-compiled function 'own_section_fault{{[.a-z0-9]*}}'
; OWN: exit=139
define void @cold_fault(ptr %p) noinline cold section ".text.unlikely" {
  store volatile i32 1, ptr %p
  ret void
}
define internal void @hot_fault(ptr %p) noinline hot section ".text.hot" {
  store volatile i32 2, ptr %p
  ret void
}
define internal void @startup_fault(ptr %p) noinline section ".text.startup" {
  store volatile i32 3, ptr %p
  ret void
}
define void @own_section_fault(ptr %p) noinline section "simple_code" {
  store volatile i32 4, ptr %p
  ret void
}
define i32 @main(i32 %argc, ptr %argv) {
  %p = inttoptr i64 0 to ptr
  switch i32 %argc, label %own [ i32 2, label %cold
                                 i32 3, label %hot
                                 i32 4, label %startup ]
cold:
  call void @cold_fault(ptr %p)
  ret i32 0
hot:
  call void @hot_fault(ptr %p)
  ret i32 0
startup:
  call void @startup_fault(ptr %p)
  ret i32 0
own:
  call void @own_section_fault(ptr %p)
  ret i32 0
}
