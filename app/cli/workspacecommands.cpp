#include "app/cli/command.h"

namespace ridgeline::cli {

void registerWorkspaceCommands(CommandRegistry &registry)
{
    Q_UNUSED(registry);
}

} // namespace ridgeline::cli
