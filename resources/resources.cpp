// Resources (icons) are attached to this library by qt_add_resources in CMakeLists.txt.
namespace ridgeline {
int resourcesAnchor()
{
    return 0;
}
} // namespace ridgeline
