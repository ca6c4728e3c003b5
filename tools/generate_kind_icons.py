#!/usr/bin/env python3
"""Generator for Kubegate element-kind icons (24x24 SVG).

Design system
  plate   : rounded rect x/y 0.5, 23x23, rx 5, white, 1px slate border at 25% opacity
  outline : #2B3440, stroke-width 1.5, round caps and joins
  accent  : Azure #2F6FDB, AWS #E8860C, neutral #1A9A8A
            'T' = accent tint (fill-opacity 0.22) for large bodies
            'A' = solid accent for the identifying part
  radii   : rx 2 for large boxes (>= 8 units), rx 1 for small boxes
  badges  : bottom-right, drawn over a 4-unit white halo
"""
import math
import os
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "icons", "kinds")
SLATE = "#2B3440"
AZURE, AWS, NEUTRAL = "#2F6FDB", "#E8860C", "#1A9A8A"
SW = 1.5  # outline width
TINT = 0.22


def f(v):
    s = ("%.2f" % v).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


# ---------------------------------------------------------------- primitives
class Ctx:
    def __init__(self, accent):
        self.a = accent

    def fill(self, kind):
        if kind == "A":
            return 'fill="%s"' % self.a
        if kind == "T":
            return 'fill="%s" fill-opacity="%s"' % (self.a, TINT)
        if kind == "W":
            return 'fill="#FFFFFF"'
        if kind == "S":
            return 'fill="%s"' % SLATE
        return 'fill="none"'

    def path(self, d, fill="N", stroke=True, extra=""):
        st = "" if stroke else ' stroke="none"'
        return '<path d="%s" %s%s%s/>' % (d, self.fill(fill), st, extra)

    def rect(self, x, y, w, h, rx, fill="N", stroke=True):
        st = "" if stroke else ' stroke="none"'
        return '<rect x="%s" y="%s" width="%s" height="%s" rx="%s" %s%s/>' % (
            f(x), f(y), f(w), f(h), f(rx), self.fill(fill), st)

    def circle(self, cx, cy, r, fill="N", stroke=True):
        st = "" if stroke else ' stroke="none"'
        return '<circle cx="%s" cy="%s" r="%s" %s%s/>' % (f(cx), f(cy), f(r), self.fill(fill), st)

    def line(self, x1, y1, x2, y2):
        return '<path d="M%s %s L%s %s" fill="none"/>' % (f(x1), f(y1), f(x2), f(y2))


def circ_intersect(c1, c2, upper=True):
    (x1, y1, r1), (x2, y2, r2) = c1, c2
    d = math.hypot(x2 - x1, y2 - y1)
    a = (r1 * r1 - r2 * r2 + d * d) / (2 * d)
    h = math.sqrt(max(r1 * r1 - a * a, 0))
    xm, ym = x1 + a * (x2 - x1) / d, y1 + a * (y2 - y1) / d
    p1 = (xm + h * (y2 - y1) / d, ym - h * (x2 - x1) / d)
    p2 = (xm - h * (y2 - y1) / d, ym + h * (x2 - x1) / d)
    return min(p1, p2, key=lambda p: p[1]) if upper else max(p1, p2, key=lambda p: p[1])


def ccw_arc(c, p_from, p_to):
    """Arc command along circle c going visually counter-clockwise."""
    cx, cy, r = c
    t0 = math.atan2(p_from[1] - cy, p_from[0] - cx)
    t1 = math.atan2(p_to[1] - cy, p_to[0] - cx)
    sweep = (t0 - t1) % (2 * math.pi)
    large = 1 if sweep > math.pi else 0
    return "A%s %s 0 %d 0 %s %s" % (f(r), f(r), large, f(p_to[0]), f(p_to[1]))


def cloud_d(left, top, right):
    """Cloud outline from three lobes; left/right lobes sit on a common base line."""
    base = left[1] + left[2]
    pl = (left[0], base)
    pr = (right[0], base)
    p_rt = circ_intersect(right, top)
    p_tl = circ_intersect(top, left)
    return "M%s %s H%s %s %s %sZ" % (
        f(pl[0]), f(pl[1]), f(pr[0]),
        ccw_arc(right, pr, p_rt), ccw_arc(top, p_rt, p_tl), ccw_arc(left, p_tl, pl))


def poly(pts, close=True):
    d = "M" + " L".join("%s %s" % (f(x), f(y)) for x, y in pts)
    return d + ("Z" if close else "")


def halo(elements):
    """Same shapes, thick white stroke, to separate a badge from what is under it."""
    out = []
    for e in elements:
        e2 = e.replace("/>", ' stroke="#FFFFFF" stroke-width="4.5" stroke-opacity="1"/>', 1)
        # drop fill-opacity so the halo is fully opaque white
        e2 = e2.replace('fill-opacity="%s"' % TINT, "")
        import re
        e2 = re.sub(r'fill="[^"]*"', 'fill="#FFFFFF"', e2, count=1)
        out.append(e2)
    return out + elements


# ---------------------------------------------------------------- pictograms
# Geometry rule: every white/tint gap between ink (slate strokes, solid accent)
# is at least 1.5 units wide, except where two lines meet at an angle.

def p_cloud_network(c):
    d = cloud_d((7.75, 14.5, 4), (12.5, 11, 5.25), (16.75, 15, 3.5))
    top, left, right = (12.25, 9.75), (8.75, 14.5), (15.75, 14.5)
    return [c.path(d, "T"),
            c.path(poly([left, top, right], close=False)),
            c.circle(*top, 1.75, "A", False), c.circle(*left, 1.75, "A", False),
            c.circle(*right, 1.75, "A", False)]


def p_subnet(c):
    out = [c.rect(3.75, 3.75, 16.5, 16.5, 2, "T").replace("/>", ' stroke-dasharray="2 3.2"/>')]
    for x in (6.75, 12.75):
        for y in (6.75, 12.75):
            out.append(c.rect(x, y, 4.5, 4.5, 1, "A", False))
    return out


def p_onprem(c):
    # office building (accent) with white windows, on a ground line
    out = [c.path("M4.5 20.25 V6 A2 2 0 0 1 6.5 4 H11.75 A2 2 0 0 1 13.75 6 V20.25 Z", "A"),
           c.path("M13.75 10 H17.75 A2 2 0 0 1 19.75 12 V20.25 H13.75 Z", "T"),
           c.line(3, 20.25, 21, 20.25)]
    for x in (6.75, 9.75):
        for y in (6.75, 10.75, 14.75):
            out.append(c.rect(x, y, 1.5, 2, 0.4, "W", False))
    for y in (12.75, 16.25):
        out.append(c.rect(16, y, 1.5, 2, 0.4, "A", False))
    return out


def heptagon(cx, cy, R, rot=-90):
    return [(cx + R * math.cos(math.radians(rot + k * 360 / 7)),
             cy + R * math.sin(math.radians(rot + k * 360 / 7))) for k in range(7)]


def p_cluster(c):
    # our helm: spokes run from the hub to the middle of each heptagon side
    cx, cy, R = 12, 12.4, 8.9
    pts = heptagon(cx, cy, R)
    out = [c.path(poly(pts), "T")]
    mids = [((pts[k][0] + pts[(k + 1) % 7][0]) / 2, (pts[k][1] + pts[(k + 1) % 7][1]) / 2) for k in range(7)]
    out.append(c.path(" ".join("M%s %s L%s %s" % (f(cx), f(cy), f(x), f(y)) for x, y in mids)))
    out.append(c.circle(cx, cy, 2.75, "A"))
    return out


def p_nodepool(c):
    # three stacked server units: accent front, white status light and drive slot
    out = []
    for y in (3.75, 9.75, 15.75):
        out.append(c.rect(4.5, y, 15, 4.5, 1, "A"))
        out.append(c.circle(7.75, y + 2.25, 0.9, "W", False))
        out.append(c.rect(11, y + 1.5, 5.5, 1.5, 0.75, "W", False))
    return out


def p_dnszone(c):
    return [c.rect(5.25, 3.75, 13.75, 16.5, 2, "T"),
            c.path("M7.25 3.75 H9.25 V20.25 H7.25 A2 2 0 0 1 5.25 18.25 V5.75 A2 2 0 0 1 7.25 3.75Z", "A"),
            c.line(12.25, 8, 16, 8), c.line(12.25, 11.5, 16, 11.5), c.line(12.25, 15, 14.25, 15)]


def p_forwarder(c):
    d = ("M5 20.25 V14 A6 6 0 0 1 11 8 H13.5 V4.25 L20.25 10.25 L13.5 16.25 V12.5 H11"
         " A1.5 1.5 0 0 0 9.5 14 V20.25 Z")
    return [c.path(d, "A")]


def magnifier(c, cx, cy, r, hx, hy, w=1.6):
    t = math.atan2(hy - cy, hx - cx)
    sx, sy = cx + (r + 0.75) * math.cos(t), cy + (r + 0.75) * math.sin(t)
    nx, ny = -math.sin(t) * w, math.cos(t) * w
    pts = [(sx + nx, sy + ny), (hx + nx, hy + ny), (hx - nx, hy - ny), (sx - nx, sy - ny)]
    return [c.path(poly(pts), "A"), c.circle(cx, cy, r, "T")]


def p_resolver(c):
    return magnifier(c, 10.25, 10.25, 6, 19.5, 19.5) + [c.line(8, 8.5, 12.5, 8.5), c.line(8, 12, 11, 12)]


def p_inbound(c):
    # resolver lens with a query arrow coming in from the lower left
    return magnifier(c, 14.25, 9.25, 4.75, 19.75, 19) + [
        c.line(3.75, 20.25, 9, 15), c.path("M5.25 15 H9 V18.75")]


def p_plug(c):
    return [c.line(9.5, 3.75, 9.5, 7), c.line(14.5, 3.75, 14.5, 7),
            c.path("M6.5 7.25 H17.5 V10.5 A5.5 5.5 0 0 1 6.5 10.5 Z", "A"),
            c.line(12, 16, 12, 20.25)]


def p_socket(c):
    return [c.rect(3.75, 3.75, 16.5, 16.5, 2, "T"),
            c.circle(12, 12, 5.25, "A"),
            c.rect(9.5, 10.25, 1.5, 3.5, 0.75, "S", False),
            c.rect(13, 10.25, 1.5, 3.5, 0.75, "S", False)]


def p_bastion(c):
    return [c.path("M5.5 20 V6 A2 2 0 0 1 7.5 4 H16.5 A2 2 0 0 1 18.5 6 V20"),
            c.path("M5.5 4.25 L12.5 6.5 V20.25 H5.5 Z", "A"),
            c.circle(10.5, 13.25, 1, "W", False),
            c.line(3.25, 20.25, 20.75, 20.25)]


def p_jumpbox(c):
    return [c.rect(4, 14, 16, 6.25, 2, "T"),
            c.path("M4 17 V16 A2 2 0 0 1 6 14 H18 A2 2 0 0 1 20 16 V17 Z", "A"),
            c.path("M5.75 11 C5.75 3.5 18.25 3.5 18.25 10.75"),
            c.path("M16 8.5 L18.25 10.75 L20.5 8.5")]


def window(c):
    return [c.rect(3.5, 4.25, 17, 15.5, 2, "W"),
            c.path("M3.5 8.5 V6.25 A2 2 0 0 1 5.5 4.25 H18.5 A2 2 0 0 1 20.5 6.25 V8.5 Z", "A")]


def p_shell(c):
    return window(c) + [c.path("M7 11.5 L9.5 13.875 L7 16.25"), c.line(12, 16.25, 16.5, 16.25)]


def p_ide(c):
    return window(c) + [c.path("M10 11.25 L7.25 14 L10 16.75"), c.path("M14 11.25 L16.75 14 L14 16.75")]


def arch(c, inner):
    # gateway: an archway (outline, tinted passage) standing on a floor line
    return [c.path("M4 20.25 V11.75 A8 8 0 0 1 20 11.75 V20.25 Z", "T")] + inner + [
        c.line(2.75, 20.25, 21.25, 20.25)]


def p_igw(c):
    # globe: accent disc, meridian and equator drawn as white 1.5 lines
    wl = ' stroke="#FFFFFF"'
    return arch(c, [c.circle(12, 12.25, 5, "A"),
                    c.path("M7.75 12.25 H16.25 M12 8 A1.75 4.25 0 0 0 12 16.5 A1.75 4.25 0 0 0 12 8 Z", "N", True, wl),
                    c.circle(12, 12.25, 5)])


def p_nat(c):
    return arch(c, [c.path(poly([(12, 6.75), (16.75, 11.5), (14, 11.5), (14, 20.25), (10, 20.25),
                                 (10, 11.5), (7.25, 11.5)]), "A")])


def p_vpn(c):
    return arch(c, [c.path("M9.25 11.5 V9.5 A2.75 2.75 0 0 1 14.75 9.5 V11.5"),
                    c.rect(7.5, 11.5, 9, 5.75, 1, "A"),
                    c.circle(12, 14.375, 1.1, "W", False)])


def p_expressroute(c):
    return arch(c, [c.path(poly([(7.5, 9), (12.25, 13), (7.5, 17)]), "A"),
                    c.path(poly([(12.25, 9), (17, 13), (12.25, 17)]), "A")])


def p_transit(c):
    nodes = [(12, 4.75), (19.25, 12), (12, 19.25), (4.75, 12)]
    out = [c.path(" ".join("M12 12 L%s %s" % (f(x), f(y)) for x, y in nodes))]
    for x, y in nodes:
        out.append(c.circle(x, y, 1.75, "W"))
    out.append(c.circle(12, 12, 3.5, "A"))
    return out


def p_firewall(c):
    return [c.rect(3.75, 5, 16.5, 14, 2, "A"),
            c.path("M3.75 9.67 H20.25 M3.75 14.33 H20.25 M9.25 5 V9.67 M14.75 5 V9.67"
                   " M6.5 9.67 V14.33 M12 9.67 V14.33 M17.5 9.67 V14.33 M9.25 14.33 V19 M14.75 14.33 V19")]


def p_shield(c):
    d = "M12 3.5 L19.25 6.25 V11.5 C19.25 15.75 16.25 18.75 12 20.5 C7.75 18.75 4.75 15.75 4.75 11.5 V6.25 Z"
    half = "M12 3.5 V20.5 C7.75 18.75 4.75 15.75 4.75 11.5 V6.25 Z"
    return [c.path(d, "T", False), c.path(half, "A", False), c.path(d), c.line(12, 3.5, 12, 20.5)]


def p_laptop(c):
    return [c.rect(5.5, 4, 13, 9, 2, "A"),
            c.path("M3.5 19.25 L5.25 16.25 H18.75 L20.5 19.25 Z", "S")]


def gear_d(cx, cy, ro, ri, n, half_out, half_root):
    pts = []
    for k in range(n):
        b = 2 * math.pi * k / n - math.pi / 2
        for ang, r in ((b - half_root, ri), (b - half_out, ro), (b + half_out, ro), (b + half_root, ri)):
            pts.append((cx + r * math.cos(ang), cy + r * math.sin(ang)))
    return poly(pts)


def p_runner(c, badge):
    cx, cy = 10.25, 10.25
    out = [c.path(gear_d(cx, cy, 7, 5.1, 6, math.radians(10), math.radians(14)), "T"),
           c.path(poly([(9.25, 7.9), (9.25, 12.6), (13.25, 10.25)]), "A", False)]
    if badge == "cloud":
        b = [c.path(cloud_d((15.25, 18.75, 2), (17.6, 17.1, 2.5), (19.4, 19, 1.75)), "A")]
    else:
        b = [c.path("M13.5 20.75 V16.75 L17.25 13 L21 16.75 V20.75 Z", "A")]
    return out + halo(b)


# ---------------------------------------------------------------- catalogue
ICONS = {
    "azure.vnet": (AZURE, p_cloud_network, "cloud outline holding a three-node network graph"),
    "aws.vpc": (AWS, p_cloud_network, "cloud outline holding a three-node network graph"),
    "azure.subnet": (AZURE, p_subnet, "dashed address-space box with a 2x2 grid of blocks"),
    "aws.subnet": (AWS, p_subnet, "dashed address-space box with a 2x2 grid of blocks"),
    "onprem.network": (NEUTRAL, p_onprem, "office building with lit windows on a ground line"),
    "aks.cluster": (AZURE, p_cluster, "heptagon with a seven-spoke helm hub"),
    "eks.cluster": (AWS, p_cluster, "heptagon with a seven-spoke helm hub"),
    "aks.nodepool": (AZURE, p_nodepool, "three stacked server units with status lights"),
    "eks.nodegroup": (AWS, p_nodepool, "three stacked server units with status lights"),
    "azure.privateDnsZone": (AZURE, p_dnszone, "closed book (zone file) with accent spine and record lines"),
    "aws.privateHostedZone": (AWS, p_dnszone, "closed book (zone file) with accent spine and record lines"),
    "dns.forwarder": (NEUTRAL, p_forwarder, "bold bent forward arrow"),
    "azure.dnsPrivateResolver": (AZURE, p_resolver, "magnifier over record lines"),
    "aws.resolverInboundEndpoint": (AWS, p_inbound, "magnifier with an inbound arrow entering from the left"),
    "azure.privateEndpoint": (AZURE, p_plug, "two-prong plug with cable"),
    "azure.privateLinkService": (AZURE, p_socket, "wall socket the plug fits into"),
    "azure.bastion": (AZURE, p_bastion, "door frame with open door and an entering arrow"),
    "aws.ec2Bastion": (AWS, p_bastion, "door frame with open door and an entering arrow"),
    "vm.jumpbox": (NEUTRAL, p_jumpbox, "small VM window with an arrow jumping over it"),
    "aws.cloud9": (AWS, p_ide, "app window with < > code brackets (cloud IDE)"),
    "azure.cloudShell": (AZURE, p_shell, "app window with a >_ terminal prompt"),
    "aws.internetGateway": (AWS, p_igw, "gateway arch framing a globe"),
    "aws.natGateway": (AWS, p_nat, "gateway arch with two flows merging into one outbound arrow"),
    "azure.natGateway": (AZURE, p_nat, "gateway arch with two flows merging into one outbound arrow"),
    "azure.firewall": (AZURE, p_firewall, "brick wall"),
    "azure.vpnGateway": (AZURE, p_vpn, "gateway arch (tunnel) with a padlock"),
    "azure.expressRouteGateway": (AZURE, p_expressroute, "gateway arch with a double express chevron"),
    "aws.virtualPrivateGateway": (AWS, p_vpn, "gateway arch (tunnel) with a padlock"),
    "aws.transitGateway": (AWS, p_transit, "hub with four spokes to attachment nodes"),
    "client.laptop": (NEUTRAL, p_laptop, "laptop"),
    "ci.githubHosted": (NEUTRAL, lambda c: p_runner(c, "cloud"), "gear with play triangle, cloud badge (hosted)"),
    "ci.githubSelfHosted": (NEUTRAL, lambda c: p_runner(c, "house"), "gear with play triangle, house badge (self-hosted)"),
    "ci.adoHosted": (AZURE, lambda c: p_runner(c, "cloud"), "gear with play triangle, cloud badge (Microsoft-hosted)"),
    "ci.adoSelfHosted": (AZURE, lambda c: p_runner(c, "house"), "gear with play triangle, house badge (self-hosted agent)"),
    "registry.acr": (AZURE, None, "isometric container box"),
    "registry.ecr": (AWS, None, "isometric container box"),
    "aws.securityGroup": (AWS, p_shield, "shield, half filled"),
    "azure.nsg": (AZURE, p_shield, "shield, half filled"),
}


def p_registry(c):
    top = [(12, 3.75), (19.5, 7.75), (12, 11.75), (4.5, 7.75)]
    left = [(4.5, 7.75), (12, 11.75), (12, 20.25), (4.5, 16.25)]
    right = [(19.5, 7.75), (12, 11.75), (12, 20.25), (19.5, 16.25)]
    return [c.path(poly(left), "T"), c.path(poly(right), "T"), c.path(poly(top), "A")]


for k in ("registry.acr", "registry.ecr"):
    ICONS[k] = (ICONS[k][0], p_registry, ICONS[k][2])


HEAD = ('<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="24" height="24" viewBox="0 0 24 24">\n'
        '  <rect x="0.5" y="0.5" width="23" height="23" rx="5" fill="#FFFFFF" stroke="%s" stroke-opacity="0.25" stroke-width="1"/>\n'
        '  <g fill="none" stroke="%s" stroke-width="%s" stroke-linecap="round" stroke-linejoin="round">\n' % (SLATE, SLATE, f(SW)))
TAIL = "  </g>\n</svg>\n"


def main():
    os.makedirs(OUT, exist_ok=True)
    for key, (acc, fn, desc) in ICONS.items():
        body = fn(Ctx(acc))
        with open(os.path.join(OUT, key + ".svg"), "w") as fh:
            fh.write(HEAD + "".join("    %s\n" % e for e in body) + TAIL)
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "descriptions.tsv"), "w") as fh:
        for key, (acc, fn, desc) in ICONS.items():
            fh.write("%s\t%s\n" % (key, desc))
    print(len(ICONS), "icons written to", OUT)


if __name__ == "__main__":
    main()
