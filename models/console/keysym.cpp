// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/keysym.h"

#include <Qt>

#include <unordered_map>

namespace virtdeck {

namespace {

const std::unordered_map<int, quint32> &specialKeys() {
    static const std::unordered_map<int, quint32> table = {
        {Qt::Key_Escape, 0xff1b},    {Qt::Key_Tab, 0xff09},     {Qt::Key_Backtab, 0xff09},
        {Qt::Key_Backspace, 0xff08}, {Qt::Key_Return, 0xff0d},  {Qt::Key_Enter, 0xff8d},
        {Qt::Key_Insert, 0xff63},    {Qt::Key_Delete, 0xffff},  {Qt::Key_Pause, 0xff13},
        {Qt::Key_Print, 0xff61},     {Qt::Key_SysReq, 0xff15},  {Qt::Key_Home, 0xff50},
        {Qt::Key_End, 0xff57},       {Qt::Key_Left, 0xff51},    {Qt::Key_Up, 0xff52},
        {Qt::Key_Right, 0xff53},     {Qt::Key_Down, 0xff54},    {Qt::Key_PageUp, 0xff55},
        {Qt::Key_PageDown, 0xff56},  {Qt::Key_Shift, 0xffe1},   {Qt::Key_Control, 0xffe3},
        {Qt::Key_Meta, 0xffe7},      {Qt::Key_Alt, 0xffe9},     {Qt::Key_AltGr, 0xfe03},
        {Qt::Key_CapsLock, 0xffe5},  {Qt::Key_NumLock, 0xff7f}, {Qt::Key_ScrollLock, 0xff14},
        {Qt::Key_Super_L, 0xffeb},   {Qt::Key_Super_R, 0xffec}, {Qt::Key_Menu, 0xff67},
        {Qt::Key_Space, 0x0020},
    };
    return table;
}

} // namespace

quint32 keysymForQtKey(int qtKey, const QString &text) {
    if (qtKey >= Qt::Key_F1 && qtKey <= Qt::Key_F35)
        return keysym::F1 + quint32(qtKey - Qt::Key_F1);
    const auto &table = specialKeys();
    if (const auto it = table.find(qtKey); it != table.end())
        return it->second;
    if (text.size() == 1 && text.at(0).unicode() >= 0x20 && text.at(0).unicode() <= 0xff &&
        text.at(0).unicode() != 0x7f)
        return text.at(0).unicode();
    if (qtKey >= 0x20 && qtKey <= 0xff) // with Ctrl held the text is a control character
        return QChar(qtKey).toLower().unicode();
    return 0;
}

} // namespace virtdeck

namespace virtdeck {

namespace {

// Printable ASCII on a US keyboard: the unshifted and the shifted symbol of each key.
struct XtPrintable {
    char plain;
    char shifted;
    quint32 scancode;
};
constexpr XtPrintable kPrintable[] = {
    {'1', '!', 0x02}, {'2', '@', 0x03},  {'3', '#', 0x04}, {'4', '$', 0x05}, {'5', '%', 0x06},
    {'6', '^', 0x07}, {'7', '&', 0x08},  {'8', '*', 0x09}, {'9', '(', 0x0a}, {'0', ')', 0x0b},
    {'-', '_', 0x0c}, {'=', '+', 0x0d},  {'q', 'Q', 0x10}, {'w', 'W', 0x11}, {'e', 'E', 0x12},
    {'r', 'R', 0x13}, {'t', 'T', 0x14},  {'y', 'Y', 0x15}, {'u', 'U', 0x16}, {'i', 'I', 0x17},
    {'o', 'O', 0x18}, {'p', 'P', 0x19},  {'[', '{', 0x1a}, {']', '}', 0x1b}, {'a', 'A', 0x1e},
    {'s', 'S', 0x1f}, {'d', 'D', 0x20},  {'f', 'F', 0x21}, {'g', 'G', 0x22}, {'h', 'H', 0x23},
    {'j', 'J', 0x24}, {'k', 'K', 0x25},  {'l', 'L', 0x26}, {';', ':', 0x27}, {'\'', '"', 0x28},
    {'`', '~', 0x29}, {'\\', '|', 0x2b}, {'z', 'Z', 0x2c}, {'x', 'X', 0x2d}, {'c', 'C', 0x2e},
    {'v', 'V', 0x2f}, {'b', 'B', 0x30},  {'n', 'N', 0x31}, {'m', 'M', 0x32}, {',', '<', 0x33},
    {'.', '>', 0x34}, {'/', '?', 0x35},  {' ', ' ', 0x39},
};

const std::unordered_map<quint32, quint32> &xtControlKeys() {
    static const std::unordered_map<quint32, quint32> table = {
        {0xff1b, 0x01},  {0xff08, 0x0e},  {0xff09, 0x0f},  {0xff0d, 0x1c},  {0xffe3, 0x1d},
        {0xffe1, 0x2a},  {0xffe2, 0x36},  {0xffe9, 0x38},  {0xffe5, 0x3a},  {0xff7f, 0x45},
        {0xff14, 0x46},  {0xff15, 0x54},  {0xffaa, 0x37},  {0xff8d, 0x11c}, {0xffe4, 0x11d},
        {0xffea, 0x138}, {0xfe03, 0x138}, {0xff61, 0x137}, {0xff50, 0x147}, {0xff52, 0x148},
        {0xff55, 0x149}, {0xff51, 0x14b}, {0xff53, 0x14d}, {0xff57, 0x14f}, {0xff54, 0x150},
        {0xff56, 0x151}, {0xff63, 0x152}, {0xffff, 0x153}, {0xffeb, 0x15b}, {0xffe7, 0x15b},
        {0xffec, 0x15c}, {0xff67, 0x15d},
    };
    return table;
}

} // namespace

XtKey xtKeyForKeysym(quint32 sym) {
    if (sym >= keysym::F1 && sym < keysym::F1 + 10)
        return {0x3b + (sym - keysym::F1), false};
    if (sym == keysym::F1 + 10 || sym == keysym::F1 + 11)
        return {0x57 + (sym - keysym::F1 - 10), false};
    if (const auto it = xtControlKeys().find(sym); it != xtControlKeys().end())
        return {it->second, false};
    for (const XtPrintable &p : kPrintable) {
        if (sym == quint32(uchar(p.plain)))
            return {p.scancode, false};
        if (sym == quint32(uchar(p.shifted)))
            return {p.scancode, true};
    }
    return {};
}

namespace {

// Linux input codes above the range where they equal the XT code (1…88), as XT codes.
const std::unordered_map<quint32, quint32> &xtForHighEvdev() {
    static const std::unordered_map<quint32, quint32> table = {
        {85, 0x76},   {89, 0x73},   {96, 0x11c},  {97, 0x11d},  {98, 0x135},  {99, 0x137},
        {100, 0x138}, {102, 0x147}, {103, 0x148}, {104, 0x149}, {105, 0x14b}, {106, 0x14d},
        {107, 0x14f}, {108, 0x150}, {109, 0x151}, {110, 0x152}, {111, 0x153}, {113, 0x120},
        {114, 0x12e}, {115, 0x130}, {116, 0x15e}, {117, 0x59},  {121, 0x7e},  {124, 0x7d},
        {125, 0x15b}, {126, 0x15c}, {127, 0x15d},
    };
    return table;
}

} // namespace

quint32 xtScancodeForNativeKey(quint32 nativeScanCode) {
    if (nativeScanCode <= 8)
        return 0; // no code (a synthesised event, or a platform without one)
    const quint32 evdev = nativeScanCode - 8;
    if (evdev <= 88)
        return evdev == 84 ? 0 : evdev; // 84 is unused
    const auto it = xtForHighEvdev().find(evdev);
    return it == xtForHighEvdev().end() ? 0 : it->second;
}

} // namespace virtdeck
