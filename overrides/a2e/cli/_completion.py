"""`a2e completion bash|zsh|fish`: a completion script made from the command's own parsers, every lazy one filled
in, so it offers what the parser accepts: commands, groups, methods, their flags, and the values of the flags and
arguments that take one of a fixed set. The script holds that table; completing runs no Python."""

from __future__ import annotations

import argparse
import functools
import shlex
from collections.abc import Callable, Iterable, Mapping
from typing import Any, NamedTuple

from . import _output, _parsing
from ._globals import Context


class Node(NamedTuple):
    """What a command path offers: its subcommands, argument values and flags; and each flag's fixed values."""

    words: list[str]
    values: dict[str, list[str]]


def tree(parser: argparse.ArgumentParser, path: str = "") -> dict[str, Node]:
    """Every command path under `parser` (`""`, `videos`, `videos generate`...) with what it offers."""
    nodes: dict[str, Node] = {}
    node = Node([], {})
    for action in parser._actions:
        if isinstance(action, _parsing.LazySubParsers):
            node.words.extend(action.choices)
            nodes.update(children(action, path))
        elif action.help != argparse.SUPPRESS:
            offered = offered_by(action)
            node.words.extend(offered)
            if action.option_strings and action.choices:
                node.values.update({flag: texts(action.choices) for flag in offered})
    nodes[path] = node
    return nodes


def children(action: _parsing.LazySubParsers, path: str) -> dict[str, Node]:
    nodes: dict[str, Node] = {}
    for name in list(action.choices):
        where = key(f"{path} {name}")
        if name in action.passthrough:  # another program's parser takes the rest of the line
            nodes[where] = Node([], {})
        else:
            nodes.update(tree(action.filled(name), where))
    return nodes


def offered_by(action: argparse.Action) -> list[str]:
    if not action.option_strings:
        return texts(action.choices or [])
    return [flag for flag in action.option_strings if flag.startswith("--")] or list(action.option_strings)


def texts(choices: Iterable[Any]) -> list[str]:
    return [str(choice) for choice in choices]


def key(path: str) -> str:
    """A command path as the scripts look it up: `-` and `_` are alike in names, as for the parser."""
    return path.strip().replace("-", "_")


# The scripts. Each looks up the command path typed so far (the words naming a command, in the `_` spelling),
# then offers the values of the flag just typed, or else what the path offers.

# What both POSIX shells share: what a command path offers, the values of a flag at a path, and the path of the
# words typed (those naming a command).
POSIX_TABLES = r"""_a2e_words() {
    case "$1" in
@WORDS@
        *) return 1 ;;
    esac
}
_a2e_values() {
    case "$1|$2" in
@VALUES@
        *) return 1 ;;
    esac
}
_a2e_path() {
    local cmdpath='' next word
    for word in "$@"; do
        [[ $word == -* ]] && continue
        next=${cmdpath:+$cmdpath }${word//-/_}
        _a2e_words "$next" >/dev/null && cmdpath=$next
    done
    printf '%s' "$cmdpath"
}
"""

BASH = r"""# bash completion for a2e, made by `a2e completion bash`: source it from ~/.bashrc, or save it as
# ~/.local/share/bash-completion/completions/a2e
@TABLES@
_a2e() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cmdpath choices
    cmdpath=$(_a2e_path "${COMP_WORDS[@]:1:COMP_CWORD-1}")
    choices=$(_a2e_values "$cmdpath" "$prev") || choices=$(_a2e_words "$cmdpath")
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$choices" -- "$cur"))
    else  # flags only once a - is typed
        COMPREPLY=($(compgen -W "$choices" -X '-*' -- "$cur"))
    fi
}
complete -o default -F _a2e a2e
"""

ZSH = r"""#compdef a2e
# zsh completion for a2e, made by `a2e completion zsh`: save it as _a2e in a folder of your $fpath, or source it
# after compinit
@TABLES@
_a2e() {
    local cmdpath choices
    cmdpath=$(_a2e_path "${(@)words[2,CURRENT-1]}")
    choices=$(_a2e_values "$cmdpath" "${words[CURRENT-1]}") || choices=$(_a2e_words "$cmdpath")
    local -a offered=(${(f)choices})
    [[ $PREFIX == -* ]] || offered=(${offered:#-*})  # flags only once a - is typed
    compadd -- $offered || _files
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
    _a2e "$@"
else
    compdef _a2e a2e
fi
"""

FISH = r"""# fish completion for a2e, made by `a2e completion fish`: save it as ~/.config/fish/completions/a2e.fish
function __a2e_words
    switch $argv[1]
@WORDS@
        case '*'
            return 1
    end
end
function __a2e_values
    switch "$argv[1]|$argv[2]"
@VALUES@
        case '*'
            return 1
    end
end
function __a2e_complete
    set -l typed (commandline -opc)
    set -e typed[1]
    set -l cmdpath ''
    for word in $typed
        string match -q -- '-*' $word; and continue
        set -l next (string replace -a -- - _ $word)
        test -n "$cmdpath"; and set next "$cmdpath $next"
        __a2e_words $next >/dev/null; and set cmdpath $next
    end
    set -l last (commandline -opc)[-1]
    set -l found (__a2e_values $cmdpath $last; or __a2e_words $cmdpath)
    set -l token (commandline -ct)
    if string match -q -- '-*' "$token"
        printf '%s\n' $found
    else  # flags only once a - is typed; files where nothing else fits
        string match -v -- '-*' $found; or __fish_complete_path "$token"
    end
end
complete -c a2e -f -a '(__a2e_complete)'
"""


def posix_case(pattern: str, words: list[str]) -> str:
    return f"        {shlex.quote(pattern)}) printf '%s\\n' {' '.join(map(shlex.quote, words))} ;;"


def fish_quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def fish_case(pattern: str, words: list[str]) -> str:
    return f"        case {fish_quote(pattern)}\n            printf '%s\\n' {' '.join(map(fish_quote, words))}"


def script(template: str, nodes: Mapping[str, Node], case: Callable[[str, list[str]], str]) -> str:
    words = [case(path, node.words) for path, node in nodes.items()]
    values = [case(f"{path}|{flag}", choices) for path, node in nodes.items() for flag, choices in node.values.items()]
    filled = template.replace("@TABLES@\n", POSIX_TABLES)
    return filled.replace("@WORDS@", "\n".join(words)).replace("@VALUES@", "\n".join(values))


SHELLS: Mapping[str, tuple[str, Callable[[str, list[str]], str]]] = {
    "bash": (BASH, posix_case),
    "zsh": (ZSH, posix_case),
    "fish": (FISH, fish_case),
}


def completion_parser(parser: argparse.ArgumentParser, build: Callable[[], argparse.ArgumentParser]) -> None:
    parser.description = (
        "Print a completion script for SHELL, made from this command's own parsers. bash: "
        "`source <(a2e completion bash)` in ~/.bashrc; zsh: save it as _a2e in a folder of $fpath; "
        "fish: save it as ~/.config/fish/completions/a2e.fish."
    )
    parser.add_argument("shell", choices=list(SHELLS), metavar="SHELL", help=", ".join(SHELLS))
    parser.set_defaults(handler=functools.partial(print_script, build))


def print_script(build: Callable[[], argparse.ArgumentParser], ctx: Context, args: argparse.Namespace) -> int:
    template, case = SHELLS[args.shell]
    print(script(template, tree(build()), case), end="", flush=True)
    return _output.OK
