; A second module for extra-module-definitions-are-visible.ll.
define i32 @helper(i32 %x) {
  %y = mul i32 %x, 2
  ret i32 %y
}
