// Every function of the runtime ABI table is registered in the JIT at its
// own address, with the signature the table gives, and is callable from
// JIT-compiled code.
#include <simple/jit/engine.h>
#include <simple/runtime.h>
#include <simple/runtime_abi_table.h>

#include <gtest/gtest.h>

#include <string>

using namespace simple;

namespace {

// One IR module that declares every table function, returns each address
// from @address_of_<name>, and calls each with harmless bad input (nil for
// every i64 argument, null pointers, 0.0) from @call_<name>.
std::string registrationModule() {
  std::string ir;
  for (const rt::AbiFunction &function : rt::abiFunctions()) {
    std::string name(function.name);
    ir += rt::irDeclaration(function) + "\n";
    ir += "define ptr @address_of_" + name + "() {\n  ret ptr @" + name + "\n}\n";
    std::string arguments;
    for (rt::AbiType type : rt::abiParameterTypes(function)) {
      arguments += arguments.empty() ? "" : ", ";
      switch (type) {
      case rt::AbiType::I64:
        arguments += "i64 3";
        break;
      case rt::AbiType::Double:
        arguments += "double 0.0";
        break;
      case rt::AbiType::Ptr:
        arguments += "ptr null";
        break;
      case rt::AbiType::Void:
        break;
      }
    }
    std::string result(rt::irTypeName(rt::abiTypeOf(function.returnType)));
    ir += "define void @call_" + name + "() {\n  ";
    ir += result == "void" ? "" : "%r = ";
    ir += "call " + result + " @" + name + "(" + arguments + ")\n  ret void\n}\n";
  }
  return ir;
}

} // namespace

TEST(RuntimeRegistration, EveryTableFunctionIsRegisteredAtItsAddressAndCallable) {
  auto engine = jit::Engine::create({});
  ASSERT_TRUE(engine) << engine.error().message();
  auto module = (*engine)->addModuleFromMemory(registrationModule(), "registration.ll");
  ASSERT_TRUE(module) << module.error().message();
  ASSERT_FALSE((*engine)->checkSymbolsResolve());
  size_t checked = 0;
  for (const rt::AbiFunction &function : rt::abiFunctions()) {
    std::string name(function.name);
    auto addressOf = (*engine)->lookupFunction<void *()>("address_of_" + name);
    ASSERT_TRUE(addressOf) << name << ": " << addressOf.error().message();
    EXPECT_EQ((*addressOf)(), function.address) << name;
    auto call = (*engine)->lookupFunction<void()>("call_" + name);
    ASSERT_TRUE(call) << name;
    (*call)();
    ++checked;
  }
  rt_gc_enable(); // the table includes rt_gc_disable, called above
  rt_error_clear();
  EXPECT_EQ(checked, rt::abiFunctions().size());
  EXPECT_GT(checked, 0u);
}

TEST(RuntimeRegistration, DeclarationsMatchingTheTableAreAccepted) {
  std::string declarations;
  for (const rt::AbiFunction &function : rt::abiFunctions())
    declarations += rt::irDeclaration(function) + "\n";
  auto engine = jit::Engine::create({});
  ASSERT_TRUE(engine);
  auto module = (*engine)->addModuleFromMemory(declarations, "declarations.ll");
  EXPECT_TRUE(module) << module.error().message();
}
