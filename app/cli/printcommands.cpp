#include "app/cli/command.h"

namespace ridgeline::cli {

void registerPrintCommands(CommandRegistry &registry)
{
    Q_UNUSED(registry);
}

} // namespace ridgeline::cli
