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
