#include "app/cli/command.h"

namespace ridgeline::cli {

void registerEnhanceCommands(CommandRegistry &registry)
{
    Q_UNUSED(registry);
}

} // namespace ridgeline::cli
