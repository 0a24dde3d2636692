/**
 * A neutral round seal where the physical card has the national emblem: a star over a cog
 * ring, drawn here (not the state emblem, which we have no right to reproduce).
 */
export function CardEmblem() {
  const teeth = Array.from({ length: 16 }, (_, i) => i * 22.5);
  return (
    <svg className="bhyt-card__emblem" viewBox="0 0 64 64" aria-hidden="true">
      <circle cx="32" cy="32" r="30" fill="#c8102e" />
      <g fill="#f2c200">
        {teeth.map((angle) => (
          <rect
            key={angle}
            x="30"
            y="5"
            width="4"
            height="6"
            transform={`rotate(${angle} 32 32)`}
          />
        ))}
      </g>
      <circle cx="32" cy="32" r="21" fill="none" stroke="#f2c200" strokeWidth="3" />
      <path
        d="M32 17l3.8 11.3H47.7l-9.6 7 3.7 11.3L32 39.6l-9.8 7 3.7-11.3-9.6-7h11.9z"
        fill="#f2c200"
      />
    </svg>
  );
}
