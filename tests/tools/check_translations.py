#!/usr/bin/env python3
"""Fails, naming each string, when a string the user sees would not come out in Welsh.

  ts       the committed translations/ridgeline_cy.ts has a message that is unfinished, empty
           (any plural form), vanished or obsolete;
  lupdate  the committed .ts is out of date with the sources: the build's own lupdate, run with the
           build's project (same sources, include paths and options) over a temporary copy, finds a
           message the committed file does not translate;
  lint     a visible text in app/gui, app/presentation or widgets is given as a plain literal
           (QStringLiteral, QLatin1String, "...") instead of through tr()/translate().

Usage:
  check_translations.py --source-root DIR [--ts FILE] [--lupdate EXE --project-cmake FILE
                        --generate-script FILE --cmake EXE] [--allowlist FILE] [--only ts,lupdate,lint]
The tree is never written: lupdate works on a copy in a temporary folder.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


# --- the .ts file -------------------------------------------------------------------------------

def read_ts(path):
    """{(context, source, comment): (status, [translations])} for every message."""
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            translation = message.find("translation")
            status = translation.get("type", "") if translation is not None else "missing"
            if translation is None:
                texts = []
            elif message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")]
            else:
                texts = [translation.text or ""]
            messages[key] = (status, texts)
    return messages


def describe(key):
    context, source, comment = key
    return f'{context}: "{source}"' + (f" ({comment})" if comment else "")


def untranslated(messages):
    """The messages a user would see in English, with why."""
    problems = []
    for key, (status, texts) in sorted(messages.items()):
        if status in ("vanished", "obsolete"):
            problems.append(f"{describe(key)} is {status} (no longer in the sources; run update_translations)")
        elif status == "unfinished":
            problems.append(f"{describe(key)} is unfinished")
        elif not texts or any(not t.strip() for t in texts):
            problems.append(f"{describe(key)} has no translation")
    return problems


def check_ts(ts):
    return [f"{os.path.basename(ts)}: {p}" for p in untranslated(read_ts(ts))]


LUPDATE_SECONDS = 120  # the whole tree takes a few seconds


def check_lupdate(ts, lupdate, project_cmake, generate_script, cmake):
    committed = read_ts(ts)
    with tempfile.TemporaryDirectory(prefix="check_translations.") as tmp:
        copy = os.path.join(tmp, os.path.basename(ts))
        shutil.copyfile(ts, copy)
        project = os.path.join(tmp, "project.json")
        # The same project file the update_translations target generates, pointed at the copy.
        subprocess.run([cmake, f"-DIN_FILE={project_cmake}", f"-DOUT_FILE={project}", "-P", generate_script],
                       check=True, stdout=subprocess.DEVNULL)
        with open(project, encoding="utf-8") as f:
            data = json.load(f)
        data["translations"] = [copy]
        with open(project, "w", encoding="utf-8") as f:
            json.dump(data, f)
        try:
            run = subprocess.run([lupdate, "-project", project, "-no-obsolete", "-locations", "none", "-silent"],
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=LUPDATE_SECONDS)
        except subprocess.TimeoutExpired:
            return [f"lupdate did not finish in {LUPDATE_SECONDS} s, so update_translations would hang too; "
                    "lupdate 6.4 loops on some calls (such as a plural translate() whose count is a cast of a "
                    "nested call): find the file by running lupdate on the sources one at a time"]
        if run.returncode != 0:
            return [f"lupdate failed ({run.returncode}):\n{run.stdout}"]
        fresh = read_ts(copy)
    problems = []
    for key, (status, texts) in sorted(fresh.items()):
        if key not in committed:
            problems.append(f"{describe(key)} is in the sources but not in {os.path.basename(ts)} "
                            "(run update_translations, then translate it)")
        elif status == "unfinished" or any(not t.strip() for t in texts):
            problems.append(f"{describe(key)} is not translated in the sources' current form")
    return problems


# --- visible texts given as literals ------------------------------------------------------------

# Calls whose text arguments the user reads. Every argument is checked; object names and the
# like go to other calls (setObjectName, findChild, setProperty), so a literal here is a text.
TEXT_CALLS = (
    "setText setToolTip setStatusTip setWhatsThis setWindowTitle setPlaceholderText setTitle "
    "setHeaderLabels setHeaderLabel setHorizontalHeaderLabels setVerticalHeaderLabels setLabelText "
    "setTabText setTabToolTip addTab insertTab addItem addItems insertItem setItemText addRow insertRow "
    "addAction addMenu showMessage setInformativeText setDetailedText setButtonText setOkButtonText "
    "setCancelButtonText setSuffix setPrefix setSpecialValueText setAccessibleName setAccessibleDescription "
    "warning critical information question about getText getItem getInt getDouble "
    "getOpenFileName getSaveFileName getExistingDirectory setNameFilter setNameFilters"
).split()
# Widgets whose constructor takes the text.
TEXT_CONSTRUCTORS = "QLabel QPushButton QToolButton QCheckBox QRadioButton QGroupBox QAction QMenu QMessageBox".split()
# Calls that only wrap a literal; a literal inside them is still given as is.
WRAPPERS = {"QStringLiteral", "QLatin1String", "QLatin1StringView", "QString", "QStringView", "fromUtf8",
            "fromLatin1", "QLatin1Char", "QChar", "("}
# Calls whose literal arguments are translated or are not texts.
TRANSLATED = {"tr", "translate", "trUtf8", "qtTrId", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "QT_TR_N_NOOP",
              "QT_TRANSLATE_N_NOOP"}

STRING = r'(?:u8|u|U|L)?"(?:[^"\\\n]|\\.)*"'
RAW_STRING = r'(?:u8|u|U|L)?R"(?P<delim>[^(\s]*)\((?:.|\n)*?\)(?P=delim)"'
TOKEN = re.compile(
    rf"(?P<comment>//[^\n]*|/\*(?:.|\n)*?\*/)|(?P<raw>{RAW_STRING})|(?P<string>{STRING})"
    r"|(?P<char>'(?:[^'\\\n]|\\.)*')|(?P<ident>[A-Za-z_]\w*)|(?P<open>[(\[{])|(?P<close>[)\]}])"
    r"|(?P<comma>,)|(?P<ws>\s+)|(?P<other>.)")


def tokens(text):
    line = 1
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "delim":
            kind = "raw"
        if kind not in ("comment", "ws"):
            yield kind, m.group(), line
        line += m.group().count("\n")


def literal_text(token):
    body = token[token.index('"') + 1:token.rindex('"')]
    if "R\"" in token[:4]:
        body = body[body.index("(") + 1:body.rindex(")")]
    return body


def shows_words(text):
    """Whether a literal reads as words: letters left after placeholders, markup and file patterns."""
    text = re.sub(r"\\(?:u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]+|.)", " ", text)
    text = re.sub(r"%L?\d+|%n", "", text)
    text = re.sub(r"<[^>]*>|&\w+;", " ", text)
    text = re.sub(r"\*\.[\w.]+|\*", "", text)
    return re.search(r"[^\W\d_]", text) is not None


def direct_literals(args):
    """Literals in an argument list that reach the screen as written: not inside tr() or another call."""
    found = []
    stack = []  # names of the calls we are inside, relative to the argument list
    previous = None
    pending = []  # adjacent literals concatenate
    for kind, value, line in args:
        if kind in ("string", "raw"):
            if all(name in WRAPPERS for name in stack):
                pending.append((literal_text(value), line))
            previous = kind
            continue
        if pending:
            found.append(("".join(t for t, _ in pending), pending[0][1]))
            pending = []
        if kind == "open":
            if value == "[" or (value == "{" and previous == "close"):
                stack.append("lambda")  # a capture list or a lambda's body: not the text itself
            elif previous and previous not in ("string", "raw", "open", "close", "comma", "other"):
                stack.append(previous)
            else:
                stack.append("(")  # grouping or a braced list
        elif kind == "close" and stack:
            stack.pop()
        previous = value if kind == "ident" else kind
    if pending:
        found.append(("".join(t for t, _ in pending), pending[0][1]))
    return found


def call_arguments(toks, start):
    """The tokens of the argument list whose '(' is at toks[start], and the index after its ')'."""
    depth = 0
    for i in range(start, len(toks)):
        if toks[i][0] == "open":
            depth += 1
        elif toks[i][0] == "close":
            depth -= 1
            if depth == 0:
                return toks[start + 1:i], i + 1
    return toks[start + 1:], len(toks)


def inside_translation(toks, i):
    """Whether toks[i] sits inside a tr()/translate() call (then its arguments are translated)."""
    depth = 0
    for j in range(i - 1, -1, -1):
        kind, value, _ = toks[j]
        if kind == "close":
            depth += 1
        elif kind == "open":
            if depth == 0:
                return j > 0 and toks[j - 1][1] in TRANSLATED
            depth -= 1
    return False


def lint_file(path, rel):
    with open(path, encoding="utf-8", errors="replace") as f:
        toks = list(tokens(f.read()))
    found = []
    for i, (kind, value, line) in enumerate(toks):
        if kind != "ident" or i + 1 >= len(toks):
            continue
        call = None
        if value in TEXT_CALLS and toks[i + 1][1] == "(":
            call = i + 1
        elif value in TEXT_CONSTRUCTORS:
            # QLabel(...), new QLabel(...), QLabel name(...), QLabel name{...}
            if toks[i + 1][1] == "(":
                call = i + 1
            elif i + 2 < len(toks) and toks[i + 1][0] == "ident" and toks[i + 2][1] == "(":
                call = i + 2
        if call is None or inside_translation(toks, i):
            continue
        args, _ = call_arguments(toks, call)
        for text, at in direct_literals(args):
            if shows_words(text):
                found.append((rel, at, value, text))
    return found


def read_allowlist(path):
    allowed = []
    if not path:
        return allowed
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.split("#", 1)[0].rstrip("\n").strip()
            if line:
                file_glob, _, text = line.partition(" ")
                allowed.append((file_glob, text.strip()))
    return allowed


def allowed_by(allowlist, rel, text):
    from fnmatch import fnmatch
    return any(fnmatch(rel, g) and (t == "*" or t == text) for g, t in allowlist)


def check_lint(root, allowlist_path):
    allowlist = read_allowlist(allowlist_path)
    problems = []
    for top in ("app/gui", "app/presentation", "widgets"):
        for folder, _, files in os.walk(os.path.join(root, top)):
            for name in sorted(files):
                if not name.endswith((".cpp", ".h")):
                    continue
                path = os.path.join(folder, name)
                rel = os.path.relpath(path, root)
                for rel, line, call, text in lint_file(path, rel):
                    if not allowed_by(allowlist, rel, text):
                        problems.append((rel, line, f'{rel}:{line}: {call}(...) shows "{text}" without tr()'))
    return [p for _, _, p in sorted(problems)]


# Lines the lint must flag (F) or pass (-), so that a change to it that stops it finding anything fails.
SELF_TEST = r'''
F    label->setText(QStringLiteral("Hello world"));
F    auto *b = new QPushButton(QStringLiteral("Save"), this);
F    QLabel caption("Caption text");
F    box.setWindowTitle(ok ? tr("Fine") : QStringLiteral("Broken"));
F    menu->addAction(QIcon(":/icons/x.svg"), QLatin1String("Export"), this, [this] { run(QStringLiteral("in")); });
F    QMessageBox::warning(this, tr("Title"), QStringLiteral("Could not" " save"));
F    tree->setHeaderLabels({QStringLiteral("Name"), tr("Size")});
F    dialog.setNameFilter(QStringLiteral("Images (*.png *.jpg)"));
F    combo->addItem(u"Pending"_s, 1);
-    label->setText(tr("Saved %1").arg(QStringLiteral("file.png")));
-    label->setText(QStringLiteral("%1 / %2").arg(a, b));
-    label->setText(QStringLiteral("<b>%L1</b>&nbsp;\u2014"));
-    label->setObjectName(QStringLiteral("notVisible"));
-    // label->setText(QStringLiteral("commented out"));
-    dialog.setNameFilter(QStringLiteral("*.png *.jpg"));
-    button->setText(QCoreApplication::translate("ridgeline::X", "Translated"));
'''


def self_test():
    lines = SELF_TEST.strip("\n").split("\n")
    with tempfile.TemporaryDirectory(prefix="check_translations.") as tmp:
        path = os.path.join(tmp, "sample.cpp")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(line[1:] for line in lines) + "\n")
        flagged = {line for _, line, _, _ in lint_file(path, "sample.cpp")}
    problems = []
    for number, line in enumerate(lines, 1):
        if (line[0] == "F") != (number in flagged):
            problems.append(f"the lint {'misses' if line[0] == 'F' else 'wrongly flags'}:{line[1:]}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source-root", required=True)
    parser.add_argument("--ts")
    parser.add_argument("--lupdate")
    parser.add_argument("--project-cmake")
    parser.add_argument("--generate-script")
    parser.add_argument("--cmake", default="cmake")
    parser.add_argument("--allowlist")
    parser.add_argument("--only", default="ts,lupdate,lint")
    args = parser.parse_args()
    only = set(args.only.split(","))
    ts = args.ts or os.path.join(args.source_root, "translations", "ridgeline_cy.ts")

    failed = False
    checks = []
    if "ts" in only:
        checks.append(("ts", "messages of the committed .ts not translated", lambda: check_ts(ts)))
    if "lupdate" in only:
        checks.append(("lupdate", "texts in the sources the committed .ts lacks",
                       lambda: check_lupdate(ts, args.lupdate, args.project_cmake, args.generate_script, args.cmake)))
    if "lint" in only:
        checks.append(("lint", "visible texts that bypass tr()",
                       lambda: self_test() or check_lint(args.source_root, args.allowlist)))
    for name, title, run in checks:
        problems = run()
        if problems:
            failed = True
            print(f"FAIL [{name}] {len(problems)} {title}:")
            for p in problems:
                print(f"  {p}")
        else:
            print(f"ok [{name}]")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
