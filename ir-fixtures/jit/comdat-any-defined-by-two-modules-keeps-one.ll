; Test that a function in a comdat-any group defined by two modules is not a duplicate: one definition is kept (both modules see one address, and it runs), as under lli.
; RUN: sh -c '%simple-jit -O0 --extra-module=%inputs/comdat-any-helper.ll %s 2>&1; echo "exit=$?"' | FileCheck %s
; RUN: sh -c '%simple-jit -O2 --extra-module=%inputs/comdat-any-helper.ll %s 2>&1; echo "exit=$?"' | FileCheck %s
; RUN: sh -c '%simple-jit --lazy --extra-module=%inputs/comdat-any-helper.ll %s 2>&1; echo "exit=$?"' | FileCheck %s
; RUN: sh -c '%lli -extra-module=%inputs/comdat-any-helper.ll %s 2>&1; echo "exit=$?"' | FileCheck %s
; CHECK: one address
; CHECK-NEXT: shared from {{main|extra}}
; CHECK-NEXT: exit=0
$shared = comdat any
@from_main = private constant [17 x i8] c"shared from main\00"
@one = private constant [12 x i8] c"one address\00"
@two = private constant [14 x i8] c"two addresses\00"
declare i32 @puts(ptr)
declare ptr @shared_address_from_extra()
define i32 @shared() comdat {
  call i32 @puts(ptr @from_main)
  ret i32 0
}
define i32 @main() {
  %theirs = call ptr @shared_address_from_extra()
  %equal = icmp eq ptr %theirs, @shared
  br i1 %equal, label %one_address, label %two_addresses
one_address:
  call i32 @puts(ptr @one)
  %r = call i32 %theirs()
  ret i32 %r
two_addresses:
  call i32 @puts(ptr @two)
  ret i32 1
}
