"""Session 19 lead's rulings on part J after the blind checks, applied model-blind (README-part-J.md,
"Rulings after the blind checks"). Kept to show what changed; re-running it changes nothing (a text whose notes
already carry the ruling is skipped)."""
import json
def T(v,u,y,s): return {"value":v,"unit":u,"subject":s,"deadline_year":y}
NOTE = " Lead's ruling (session 19, README-part-J.md 'Rulings after the blind checks'): "
edits = {
 "J-003": ("drop", [(8,"xã",2020)], "the gap count 'có thêm 8 xã' restates the 30 % goal (G-002, F-066): not a separate target."),
 "J-010": ("drop", [(13.3,"%",2025)], "the average growth attached to the revenue total restates it (H-054, G-002): not a separate target."),
 "J-019": ("year", [(32800,"tỷ đồng",2025,None)], "the year inside the first item's predicate dates that item only (Q2/R2, F-016): 32.800 tỷ đồng null."),
 "J-213": ("add", [T(1,"đô thị",None,"đô thị loại I"),T(1,"đô thị",None,"đô thị loại III"),T(5,"đô thị",None,"đô thị loại IV"),T(18,"đô thị",None,"đô thị loại V")], "a planned total's breakdown by class gives each part its own target with the total's deadline (as 'trong đó' parts, H-007; J-011, J-324)."),
 "J-433": ("add", [T(1,"đô thị",2030,"đô thị loại 1"),T(1,"đô thị",2030,"đô thị loại 2"),T(2,"đô thị",2030,"đô thị loại 3"),T(12,"đô thị",2030,"đô thị loại 4"),T(11,"đô thị",2030,"đô thị loại 5")], "a planned total's breakdown by class gives each part its own target with the total's deadline (as 'trong đó' parts, H-007; J-011, J-324)."),
 "J-350": ("replace", ((5,"huyện",2024), T(100,"%",2024,"tỷ lệ huyện đạt chuẩn nông thôn mới")), "the increment 'có thêm 5 huyện' restates the level goal '100% số huyện' (G-002 keeps the level, F-066): the target is 100 %."),
 "J-304": ("add", [T(134000,"tỷ đồng",2026,"tổng vốn đầu tư toàn xã hội")], "a forward society-wide investment goal is a target (E-017, H-070); the budgets rule of parts B/F is about a plan's own funding."),
 "J-458": ("add", [T(350,"nghìn tỷ đồng",2030,"huy động vốn đầu tư toàn xã hội")], "a forward society-wide investment goal is a target (E-017, H-070); range: lower bound."),
 "J-441": ("add", [T(89000,"tỷ đồng",None,"tổng vốn đầu tư phát triển toàn xã hội 2016-2020")], "a society-wide investment goal is a target (E-017); a window total, null (H-038)."),
 "J-529": ("add", [T(17000,"tỷ đồng",2024,"tổng vốn đầu tư toàn xã hội")], "a forward society-wide investment goal is a target (E-017, H-070)."),
 "J-531": ("add", [T(78855,"tỷ đồng",2025,"tổng vốn đầu tư phát triển toàn xã hội")], "a forward society-wide investment goal is a target (E-017, H-070)."),
 "J-544": ("add", [T(35,"%",None,"tổng nguồn vốn đầu tư phát triển toàn xã hội hằng năm / GRDP")], "a society-wide investment share of GRDP is a goal, not a budget (E-017, H-070); yearly, null like its neighbours; range: lower bound."),
}
done=set()
for k in range(1,7):
    p=f'tests/data/corpus/part-J{k}.jsonl'
    out=[]
    for l in open(p,encoding='utf-8').read().splitlines():
        if not l.strip(): continue
        c=json.loads(l)
        e=edits.get(c['id'])
        if e and NOTE.strip() not in (c.get('notes') or ''):
            kind,arg,why=e; ts=c['targets']
            key=lambda t:(t['value'],t['unit'],t['deadline_year'])
            if kind=="drop":
                for v in arg:
                    i=[key(t) for t in ts].index(v); ts.pop(i)
            elif kind=="year":
                for v,u,y,ny in arg:
                    i=[key(t) for t in ts].index((v,u,y)); ts[i]['deadline_year']=ny
            elif kind=="add":
                ts.extend(arg)
            elif kind=="replace":
                i=[key(t) for t in ts].index(arg[0]); ts[i]=arg[1]
            c['notes']=(c.get('notes') or '')+NOTE+why
            done.add(c['id'])
        out.append(json.dumps(c,ensure_ascii=False))
    open(p,'w',encoding='utf-8').write('\n'.join(out)+'\n')
print('applied to', sorted(done) or 'nothing (already applied)')
