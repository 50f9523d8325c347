#include "app/cli/command.h"

namespace ridgeline::cli {

void registerInteropCommands(CommandRegistry &registry)
{
    Q_UNUSED(registry);
}

} // namespace ridgeline::cli
