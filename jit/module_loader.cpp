#include "module_loader.h"

#include <llvm/Bitcode/BitcodeReader.h>
#include <llvm/IR/Verifier.h>
#include <llvm/IRReader/IRReader.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/SourceMgr.h>
#include <llvm/Support/raw_ostream.h>

namespace simple::jit {
namespace {

// One parse error as "file:line:col: message", the offending line and a
// caret under the column (SMDiagnostic's own rendering, without a program
// name prefix).
std::string renderParseError(const llvm::SMDiagnostic &diagnostic) {
  std::string text;
  llvm::raw_string_ostream stream(text);
  diagnostic.print(nullptr, stream, /*ShowColors=*/false);
  stream.flush();
  while (!text.empty() && text.back() == '\n')
    text.pop_back();
  // SMDiagnostic prints "file:line:col: error: message"; the caller adds its
  // own "error:" prefix, so keep only the location and the message.
  if (size_t pos = text.find(": error: "); pos != std::string::npos)
    text.erase(pos, 7);
  return text;
}

Expected<LoadedModule> parse(llvm::MemoryBufferRef buffer) {
  LoadedModule loaded;
  loaded.context = std::make_unique<llvm::LLVMContext>();
  llvm::SMDiagnostic diagnostic;
  loaded.module = llvm::parseIR(buffer, diagnostic, *loaded.context);
  if (!loaded.module)
    return Error(ErrorCode::InvalidIR, renderParseError(diagnostic));
  return loaded;
}

} // namespace

Expected<LoadedModule> loadModuleFile(const std::string &path) {
  auto buffer = llvm::MemoryBuffer::getFileOrSTDIN(path, /*IsText=*/false,
                                                   /*RequiresNullTerminator=*/true);
  if (!buffer)
    return Error(ErrorCode::FileUnreadable,
                 "cannot read '" + path + "': " + buffer.getError().message());
  return parse((*buffer)->getMemBufferRef());
}

Expected<LoadedModule> loadModuleFromMemory(std::string_view ir, std::string_view name) {
  // parseIR needs a NUL-terminated buffer for text; copying makes that true.
  auto buffer = llvm::MemoryBuffer::getMemBufferCopy(llvm::StringRef(ir.data(), ir.size()),
                                                     llvm::StringRef(name.data(), name.size()));
  return parse(buffer->getMemBufferRef());
}

Error verifyModule(const llvm::Module &module) {
  std::string report;
  llvm::raw_string_ostream stream(report);
  if (!llvm::verifyModule(module, &stream))
    return Error::success();
  stream.flush();
  while (!report.empty() && report.back() == '\n')
    report.pop_back();
  return Error(ErrorCode::VerifierFailed,
               module.getModuleIdentifier() + ": invalid module:\n" + report);
}

std::string describeType(const llvm::Type &type) {
  std::string text;
  llvm::raw_string_ostream stream(text);
  type.print(stream);
  return stream.str();
}

std::string describeFunctionType(const llvm::Function &function) {
  return describeType(*function.getFunctionType());
}

Error adaptToTarget(llvm::Module &module, const llvm::DataLayout &layout,
                    const llvm::Triple &host) {
  if (module.getTargetTriple().empty()) {
    module.setTargetTriple(host.str());
  } else {
    llvm::Triple wanted(module.getTargetTriple());
    if (wanted.getArch() != host.getArch())
      return Error(ErrorCode::InvalidIR, module.getModuleIdentifier() + ": module targets '" +
                                             wanted.str() + "' but this machine is '" + host.str() +
                                             "'");
  }
  if (module.getDataLayout().isDefault())
    module.setDataLayout(layout);
  else if (module.getDataLayout() != layout)
    return Error(ErrorCode::InvalidIR,
                 module.getModuleIdentifier() + ": data layout '" + module.getDataLayoutStr() +
                     "' differs from this machine's '" + layout.getStringRepresentation() + "'");
  return Error::success();
}

} // namespace simple::jit
