// The compiled translations (.qm) are attached to this library by qt_add_translations in
// CMakeLists.txt; this file only gives the library something to compile.
namespace ridgeline {
int translationsAnchor()
{
    return 0;
}
} // namespace ridgeline
