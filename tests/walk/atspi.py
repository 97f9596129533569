#!/usr/bin/python3
"""atspi.py list | click NAME [ROLE] | see SECONDS SCREEN_FILE TEXT... — find the kiosk's
controls by accessible name (AT-SPI; NAME may hold * wildcards) and tap them with xdotool, as
a resident would; see waits until every TEXT is on the screen at once."""
import fnmatch, subprocess, sys, time
import pyatspi

def app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        a = desktop.getChildAtIndex(i)
        if a and a.name and "linli" in a.name:
            return a
    return None

def walk(node, depth=0):
    try:
        n = node.childCount
    except Exception:
        return
    yield node, depth
    for i in range(n):
        c = node.getChildAtIndex(i)
        if c is not None:
            yield from walk(c, depth + 1)

def visible(node):
    s = node.getState()
    return s.contains(pyatspi.STATE_SHOWING) and s.contains(pyatspi.STATE_VISIBLE)

def extents(node):
    try:
        e = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    except NotImplementedError:
        return 0, -1, 0, 0
    return e.x, e.y, e.width, e.height

cmd = sys.argv[1]
a = None
for _ in range(20):
    a = app()
    if a: break
    time.sleep(0.2)
if not a:
    sys.exit("no linli-kiosk on the accessibility bus")
def screen():
    lines = []
    for n, d in walk(a):
        try:
            if n.name and visible(n):
                x, y, w, h = extents(n)
                lines.append(f"{'  '*min(d,8)}{n.getRoleName()}: {n.name!r} @{x},{y} {w}x{h}")
        except Exception:
            pass # an item that went away while the tree was read
    return "\n".join(lines) + "\n"

if cmd == "list":
    print(screen(), end="")
elif cmd == "see":
    # Polls in this one process: a result shown for 3 s is caught even on a loaded machine,
    # where starting python and the bus for every look took most of that time.
    deadline, texts = time.monotonic() + float(sys.argv[2]), sys.argv[4:]
    while True:
        try:
            shown = screen()
        except Exception as e: # the bus or the tree busy or changing under us: look again
            shown = f"(the screen could not be read: {e})\n"
        with open(sys.argv[3], "w") as f:
            f.write(shown)
        if all(text in shown for text in texts):
            sys.exit(0)
        if time.monotonic() > deadline:
            sys.exit(1)
        time.sleep(0.1)
elif cmd == "click":
    name = sys.argv[2]
    role = sys.argv[3] if len(sys.argv) > 3 else None
    for _ in range(30):
        hits = [n for n, _ in walk(a) if n.name and fnmatch.fnmatchcase(n.name, name)
                and visible(n) and (role is None or n.getRoleName() == role)]
        hits = [h for h in hits if extents(h)[2] > 0 and extents(h)[1] >= 0 and extents(h)[1] < 1920]
        if hits: break
        time.sleep(0.3)
    if not hits:
        sys.exit(f"no visible control named {name!r}")
    x, y, w, h = extents(hits[0])
    role, label = hits[0].getRoleName(), hits[0].name
    subprocess.run(["xdotool", "mousemove", str(x + w // 2), str(y + h // 2), "click", "1"], check=True)
    print(f"tapped {role} {label!r} at {x + w // 2},{y + h // 2} ({w}x{h})")
